import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,s as i}from"./console-r4Nmzg1r.js";import{n as a}from"./Dialog-D4Tub4Fv.js";import{a as o,i as s,n as c,t as l}from"./Field-D6cd9lqZ.js";var u=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`recipients`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},a=[r,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],o={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`SendEmailDialogMutation`,selections:[{alias:null,args:t,concreteType:`SendUserEmailPayload`,kind:`LinkedField`,name:`sendUserEmail`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[r,{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`SendEmailDialogMutation`,selections:[{alias:null,args:t,concreteType:`SendUserEmailPayload`,kind:`LinkedField`,name:`sendUserEmail`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:a,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:a,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[r,i,o],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},o,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`e94b0a44324cf688e29699df09862f89`,id:`6c345b4de982a2b25f60224e751c590d35c5a0e337dae1e0efbc3c02929302dc`,metadata:{},name:`SendEmailDialogMutation`,operationKind:`mutation`,text:`mutation SendEmailDialogMutation(
  $input: SendUserEmailInput!
) {
  sendUserEmail(input: $input) {
    recipients
    user {
      id
      ...UserProfile_user
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
  salutation
  firstName
  lastName
  phone
  birthday
  company
  street
  addressAddition
  city
  zip
  country
  customAttributes
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();u.hash=`b8750e7aa5a7137641a741316e306eaa`;var d=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`SendEmailDialog_user`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},e,{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null}],storageKey:null}],type:`User`,abstractKey:null}})();d.hash=`b160f73a791717aa5d71d35bfc250feb`;var f=e(t(),1),p=r(),m=n();function h({open:e,user:t,onClose:n,onDone:r}){let h=(0,p.useFragment)(d,t),[g,_]=(0,f.useState)(``),[v,y]=(0,f.useState)(``),[b,x]=(0,f.useState)(!1),[S,C]=(0,f.useState)({fields:{},general:[]}),[w,T]=(0,p.useMutation)(u),E=(h.emailAliases??[]).filter(e=>e.confirmedAt).map(e=>e.email),D=()=>{C({fields:{},general:[]}),n()};return(0,m.jsx)(a,{title:`Send an email to ${h.email}`,open:e,onClose:D,children:(0,m.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),w({variables:{input:{id:h.id,subject:g,body:v,includeAliases:b}},onCompleted:e=>{_(``),y(``),r(`The message is on its way to ${e.sendUserEmail.recipients.join(`, `)}.`)},onError:e=>C(i(e))})},noValidate:!0,children:[(0,m.jsx)(c,{messages:S.general}),(0,m.jsx)(o,{label:`Subject`,required:!0,value:g,maxLength:200,onChange:e=>_(e.target.value),error:S.fields.subject}),(0,m.jsx)(s,{label:`Message`,required:!0,value:v,rows:8,onChange:e=>y(e.target.value),error:S.fields.body,hint:`Plain text.`}),E.length>0&&(0,m.jsx)(l,{label:`Also to the confirmed aliases (${E.join(`, `)})`,checked:b,onChange:e=>x(e.target.checked)}),(0,m.jsxs)(`div`,{className:`actions`,children:[(0,m.jsx)(`button`,{type:`button`,onClick:D,children:`Cancel`}),(0,m.jsx)(`button`,{type:`submit`,className:`primary`,disabled:T,children:`Send`})]})]})})}export{h as t};