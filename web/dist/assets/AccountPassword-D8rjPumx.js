import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,s as i}from"./console-r4Nmzg1r.js";import{a,n as o}from"./Field-D6cd9lqZ.js";import{t as s}from"./PasswordRules-B7RtEkHd.js";var c=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ChangePasswordPayload`,kind:`LinkedField`,name:`changePassword`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AccountPasswordMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AccountPasswordMutation`,selections:t},params:{cacheID:`3efa45ab9238f19019a199a5d721fe8b`,id:`3fa68d7526a8914301124766d814f853bc071103f80b2746de2001344f1432d8`,metadata:{},name:`AccountPasswordMutation`,operationKind:`mutation`,text:`mutation AccountPasswordMutation(
  $input: ChangePasswordInput!
) {
  changePassword(input: $input) {
    user {
      id
      passwordChangedAt
    }
  }
}
`}}})();c.hash=`1a0e7a881f2c0084700676d29c190316`;var l={fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountPasswordQuery`,selections:[{alias:null,args:null,concreteType:`SignInOptions`,kind:`LinkedField`,name:`signInOptions`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`PasswordRules_options`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountPasswordQuery`,selections:[{alias:null,args:null,concreteType:`SignInOptions`,kind:`LinkedField`,name:`signInOptions`,plural:!1,selections:[{alias:null,args:null,concreteType:`PasswordPolicy`,kind:`LinkedField`,name:`passwordPolicy`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`minLength`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxLength`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`forbidNames`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`forbidCommon`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`2f9898a22c9b207137747778bf18c6c5`,id:`1f493fe4291a34f0fd151daa731fed8f1843263ab33da98c1521db7a6d298059`,metadata:{},name:`AccountPasswordQuery`,operationKind:`query`,text:`query AccountPasswordQuery {
  signInOptions {
    ...PasswordRules_options
  }
}

fragment PasswordRules_options on SignInOptions {
  passwordPolicy {
    minLength
    maxLength
    forbidNames
    forbidCommon
  }
}
`}};l.hash=`9b47b3dfd3c9a91b3b6ecec44dd140ab`;var u=e(t(),1),d=r(),f=n();function p(){let e=(0,d.useLazyLoadQuery)(l,{},{fetchPolicy:`store-and-network`}),[t,n]=(0,u.useState)(``),[r,p]=(0,u.useState)(``),[m,h]=(0,u.useState)(``),[g,_]=(0,u.useState)({fields:{},general:[]}),[v,y]=(0,u.useState)(!1),[b,x]=(0,d.useMutation)(c);return(0,f.jsxs)(`div`,{children:[(0,f.jsx)(`h1`,{children:`Change password`}),(0,f.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),y(!1),r===m?b({variables:{input:{currentPassword:t,newPassword:r}},onCompleted:()=>{_({fields:{},general:[]}),n(``),p(``),h(``),y(!0)},onError:e=>_(i(e))}):_({fields:{repeat:`The two new passwords differ.`},general:[]})},noValidate:!0,className:`panel narrow-form`,children:[v&&(0,f.jsx)(`p`,{className:`notice`,role:`status`,children:`Your password is changed. Your other sessions have ended.`}),(0,f.jsx)(o,{messages:g.general}),(0,f.jsx)(a,{label:`Current password`,type:`password`,autoComplete:`current-password`,value:t,onChange:e=>n(e.target.value),error:g.fields.currentPassword}),(0,f.jsx)(a,{label:`New password`,type:`password`,autoComplete:`new-password`,value:r,onChange:e=>p(e.target.value),error:g.fields.newPassword,hint:(0,f.jsx)(s,{options:e.signInOptions})}),(0,f.jsx)(a,{label:`Repeat the new password`,type:`password`,autoComplete:`new-password`,value:m,onChange:e=>h(e.target.value),error:g.fields.repeat}),(0,f.jsx)(`button`,{type:`submit`,className:`primary`,disabled:x,children:`Change password`})]})]})}export{p as default};