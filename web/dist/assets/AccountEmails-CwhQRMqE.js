import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,s as i}from"./console-r4Nmzg1r.js";import{t as a}from"./Dialog-D4Tub4Fv.js";import{a as o,n as s}from"./Field-D6cd9lqZ.js";import{r as c}from"./format-C_jl0jrM.js";var l=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},r=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`setPrimaryEmail`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[t,n,{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[t,n,{alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AccountEmailsPrimaryMutation`,selections:r,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AccountEmailsPrimaryMutation`,selections:r},params:{cacheID:`078e55c84ad3f50732db1f848f9590b9`,id:`388a6feb333bcc0195a06332716043e5ed0f038f6cc9cbc8d58d367056e63264`,metadata:{},name:`AccountEmailsPrimaryMutation`,operationKind:`mutation`,text:`mutation AccountEmailsPrimaryMutation(
  $input: AliasIDInput!
) {
  setPrimaryEmail(input: $input) {
    user {
      id
      email
      emailAliases {
        id
        email
        confirmedAt
        createdAt
      }
    }
  }
}
`}}})();l.hash=`15c1775f9d845437a23af7379b97ea8f`;var u=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`removedID`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AccountEmailsRemoveMutation`,selections:[{alias:null,args:t,concreteType:`RemoveEmailAliasPayload`,kind:`LinkedField`,name:`removeEmailAlias`,plural:!1,selections:[n],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AccountEmailsRemoveMutation`,selections:[{alias:null,args:t,concreteType:`RemoveEmailAliasPayload`,kind:`LinkedField`,name:`removeEmailAlias`,plural:!1,selections:[n,{alias:null,args:null,filters:null,handle:`deleteRecord`,key:``,kind:`ScalarHandle`,name:`removedID`}],storageKey:null}]},params:{cacheID:`bd3b8815fac9a9724c14f3697915c254`,id:`84cb6419536a3c3adf4cc092e32e52f1e95306fdc3788ab63a963d738c085a2d`,metadata:{},name:`AccountEmailsRemoveMutation`,operationKind:`mutation`,text:`mutation AccountEmailsRemoveMutation(
  $input: AliasIDInput!
) {
  removeEmailAlias(input: $input) {
    removedID
  }
}
`}}})();u.hash=`5cf3b881000faaa438fbb9829ce20d7d`;var d=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`EmailAliasPayload`,kind:`LinkedField`,name:`addEmailAlias`,plural:!1,selections:[{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAlias`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AccountEmailsAddMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AccountEmailsAddMutation`,selections:t},params:{cacheID:`497fc660e33294ad54109cec1a99996c`,id:`f6a510583b612a0f59dc358f93086eb5de934e5398131a55926fe2bf20d3b3de`,metadata:{},name:`AccountEmailsAddMutation`,operationKind:`mutation`,text:`mutation AccountEmailsAddMutation(
  $input: EmailInput!
) {
  addEmailAlias(input: $input) {
    emailAlias {
      id
      email
      confirmedAt
    }
  }
}
`}}})();d.hash=`caf40cce52f6ed7a2dc6c30dc27145bc`;var f=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},n=[{alias:null,args:null,concreteType:`Viewer`,kind:`LinkedField`,name:`viewer`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[e,t,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[e,t,{alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountEmailsQuery`,selections:n,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountEmailsQuery`,selections:n},params:{cacheID:`936af992d2a06de79d4e5e916cd39f8f`,id:`07b7acb441bc554b2186a18474ebbc2685289b30b8660f11713cb12dceb307e5`,metadata:{},name:`AccountEmailsQuery`,operationKind:`query`,text:`query AccountEmailsQuery {
  viewer {
    user {
      id
      email
      unconfirmedEmail
      emailAliases {
        id
        email
        confirmedAt
        createdAt
      }
    }
  }
}
`}}})();f.hash=`5b61bae05f6fdcd291c106c26588e5b0`;var p=e(t(),1),m=r(),h=n();function g(){let[e,t]=(0,p.useState)(0),n=(0,m.useLazyLoadQuery)(f,{},{fetchPolicy:`network-only`,fetchKey:e}).viewer.user,[r,g]=(0,p.useState)(``),[_,v]=(0,p.useState)({fields:{},general:[]}),[y,b]=(0,p.useState)(``),[x,S]=(0,p.useState)(null),[C,w]=(0,m.useMutation)(d),[T,E]=(0,m.useMutation)(u),[D,O]=(0,m.useMutation)(l);if(!n)return null;let k=e=>{b(e),v({fields:{},general:[]}),t(e=>e+1)},A=e=>v(i(e));return(0,h.jsxs)(`div`,{children:[(0,h.jsx)(`h1`,{children:`Email addresses`}),y&&(0,h.jsx)(`p`,{className:`notice`,role:`status`,children:y}),(0,h.jsx)(s,{messages:_.general}),(0,h.jsxs)(`table`,{children:[(0,h.jsx)(`thead`,{children:(0,h.jsxs)(`tr`,{children:[(0,h.jsx)(`th`,{children:`Address`}),(0,h.jsx)(`th`,{children:`State`}),(0,h.jsx)(`th`,{children:(0,h.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,h.jsxs)(`tbody`,{children:[(0,h.jsxs)(`tr`,{children:[(0,h.jsx)(`td`,{children:n.email}),(0,h.jsxs)(`td`,{children:[(0,h.jsx)(`span`,{className:`badge ok`,children:`primary`}),n.unconfirmedEmail&&(0,h.jsxs)(`div`,{className:`muted`,children:[`changing to `,n.unconfirmedEmail,` once confirmed`]})]}),(0,h.jsx)(`td`,{})]}),(n.emailAliases??[]).map(e=>(0,h.jsxs)(`tr`,{children:[(0,h.jsx)(`td`,{children:e.email}),(0,h.jsx)(`td`,{children:e.confirmedAt?`confirmed ${c(e.confirmedAt)}`:(0,h.jsx)(`span`,{className:`badge warn`,children:`waiting for confirmation`})}),(0,h.jsxs)(`td`,{className:`row-actions`,children:[e.confirmedAt&&(0,h.jsx)(`button`,{type:`button`,className:`link-button`,disabled:O,"aria-label":`Make ${e.email} the primary address`,onClick:()=>D({variables:{input:{aliasID:e.id}},onCompleted:()=>k(`${e.email} is now your primary address.`),onError:A}),children:`Make primary`}),(0,h.jsx)(`button`,{type:`button`,className:`link-button danger-link`,"aria-label":`Remove ${e.email}`,onClick:()=>S(e),children:`Remove`})]})]},e.id))]})]}),(0,h.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),C({variables:{input:{email:r}},onCompleted:()=>{k(`A confirmation link went to ${r}. The address works once you follow it.`),g(``)},onError:A})},noValidate:!0,className:`panel narrow-form`,style:{marginTop:`1rem`},children:[(0,h.jsx)(o,{label:`Add an address`,type:`email`,value:r,onChange:e=>g(e.target.value),error:_.fields.email,hint:`Confirmed addresses receive notifications and work for sign-in and password reset.`}),(0,h.jsx)(`button`,{type:`submit`,className:`primary`,disabled:w,children:`Add address`})]}),(0,h.jsx)(a,{title:`Remove address`,open:x!==null,danger:!0,message:(0,h.jsxs)(`p`,{children:[`Remove `,x?.email,` from your account?`]}),confirmLabel:`Remove ${x?.email??``}`,pending:E,onClose:()=>S(null),onConfirm:()=>x&&T({variables:{input:{aliasID:x.id}},onCompleted:()=>{S(null),k(`${x.email} is removed.`)},onError:e=>{S(null),A(e)}})})]})}export{g as default};