import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,d as i,f as a,l as o,o as s,s as c}from"./console-r4Nmzg1r.js";import{n as l}from"./Field-D6cd9lqZ.js";import{i as u,r as d,t as f}from"./ProfileForm-DikiR363.js";import{n as p}from"./format-C_jl0jrM.js";var m=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i=[n,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],a={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserEditMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`updateUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserEditMutation`,selections:[{alias:null,args:t,concreteType:`UserPayload`,kind:`LinkedField`,name:`updateUser`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[n,r,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[n,r],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:i,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[n,r,a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},a,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`ed0a2da60f7ccc3d44be3a3d855b26e1`,id:`45974aae23aad388499497ce9a0cdbd2a5858451142e66743ba862f279d834b8`,metadata:{},name:`UserEditMutation`,operationKind:`mutation`,text:`mutation UserEditMutation(
  $input: UpdateUserInput!
) {
  updateUser(input: $input) {
    user {
      ...UserProfile_user
      id
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
`}}})();m.hash=`9ff3310c2b59568ec701469058f63baf`;var h=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},f={alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},p={alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},m={alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},h={alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},g={alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},_={alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},v={alias:null,args:null,kind:`ScalarField`,name:`label`,storageKey:null},y={alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},b={alias:null,args:null,kind:`ScalarField`,name:`type`,storageKey:null},x={alias:null,args:null,kind:`ScalarField`,name:`required`,storageKey:null},S={alias:null,args:null,kind:`ScalarField`,name:`allowedValues`,storageKey:null},C={alias:null,args:null,kind:`ScalarField`,name:`userEditable`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserEditQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{kind:`InlineFragment`,selections:[n,r,i,a,o,s,c,l,u,d,f,p,m,h,g],type:`User`,abstractKey:null}],storageKey:null},{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[_,v,y,b,x,S,C],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserEditQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,i,a,o,s,c,l,u,d,f,p,m,h,g],type:`User`,abstractKey:null}],storageKey:null},{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[_,v,y,b,x,S,C,n],storageKey:null}]},params:{cacheID:`4e599f53f4dbd1372e96b91fde13db29`,id:`8be96d3fd2ca54635cc4945185592b41810a11d97b15c2a522690c35bcb53e77`,metadata:{},name:`UserEditQuery`,operationKind:`query`,text:`query UserEditQuery(
  $id: ID!
) {
  node(id: $id) {
    __typename
    ... on User {
      id
      email
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
    }
    id
  }
  attributeDefinitions {
    key
    label
    description
    type
    required
    allowedValues
    userEditable
    id
  }
}
`}}})();h.hash=`315cf7c1b6f22c30a2170166b425ab35`;var g=e(t(),1),_=r(),v=n();function y(){let{id:e=``}=a(),[t,n]=(0,g.useState)(0),r=(0,_.useLazyLoadQuery)(h,{id:e},{fetchPolicy:t?`network-only`:`store-and-network`,fetchKey:t}),i=r.node;return!i||!i.id?(0,v.jsxs)(`div`,{className:`panel`,children:[(0,v.jsx)(`h1`,{children:`User not found`}),(0,v.jsx)(o,{to:`/admin/users`,children:`Back to the users`})]}):(0,v.jsx)(b,{user:{...i,id:i.id,email:i.email??``,updatedAt:i.updatedAt??``},defs:r.attributeDefinitions,onReload:()=>n(e=>e+1)},`${i.updatedAt}-${t}`)}function b({user:e,defs:t,onReload:n}){let r=i(),[a]=(0,g.useState)(()=>u(e,t)),[h,y]=(0,g.useState)(a),[b,x]=(0,g.useState)({fields:{},general:[]}),[S,C]=(0,g.useState)(!1),[w,T]=(0,_.useMutation)(m),E=n=>{n.preventDefault(),C(!1),w({variables:{input:{id:e.id,expectedUpdatedAt:e.updatedAt,profile:d(a,h,t)}},onCompleted:()=>{r(`/admin/users/${e.id}`)},onError:e=>{s(e)?.has(`CONFLICT`)&&C(!0),x(c(e,`input.profile.`))}})},D=p(e);return(0,v.jsxs)(`div`,{children:[(0,v.jsx)(`p`,{children:(0,v.jsxs)(o,{to:`/admin/users/${e.id}`,children:[`← `,D]})}),(0,v.jsxs)(`h1`,{children:[`Edit `,D]}),(0,v.jsxs)(`form`,{onSubmit:E,noValidate:!0,className:`panel`,children:[S?(0,v.jsxs)(`div`,{className:`form-errors`,role:`alert`,children:[(0,v.jsx)(`p`,{children:`Someone else changed this user since you opened the form. Reload to see their change; your edits here are then dropped.`}),(0,v.jsx)(`button`,{type:`button`,onClick:n,children:`Reload`})]}):(0,v.jsx)(l,{messages:b.general}),(0,v.jsx)(f,{values:h,onChange:y,errors:b.fields,defs:t}),(0,v.jsxs)(`div`,{className:`actions`,children:[(0,v.jsx)(`button`,{type:`submit`,className:`primary`,disabled:T,children:`Save`}),(0,v.jsx)(o,{to:`/admin/users/${e.id}`,children:`Cancel`})]})]})]})}export{y as default};