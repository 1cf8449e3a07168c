import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,d as i,i as a,l as o,s}from"./console-r4Nmzg1r.js";import{a as c,n as l}from"./Field-D6cd9lqZ.js";import{t as u}from"./PasswordRules-B7RtEkHd.js";import{t as d}from"./PublicPage-CyjHsEh8.js";import{t as f}from"./useLinkToken-CH-C-jHo.js";var p=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`ResetPasswordPayload`,kind:`LinkedField`,name:`resetPassword`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ChoosePasswordResetMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ChoosePasswordResetMutation`,selections:t},params:{cacheID:`ec83b8fb94599803dfbb96fa65fbb6f4`,id:`1557ae7711cfdb259e60759dd4687559b8e67bca2b56304bdb6069c71b382bb8`,metadata:{},name:`ChoosePasswordResetMutation`,operationKind:`mutation`,text:`mutation ChoosePasswordResetMutation(
  $input: TokenPasswordInput!
) {
  resetPassword(input: $input) {
    email
  }
}
`}}})();p.hash=`16f1413eb7152665b798be6d5a9bfd9a`;var m=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`AcceptInvitationPayload`,kind:`LinkedField`,name:`acceptInvitation`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`redirectURL`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`ChoosePasswordAcceptMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`ChoosePasswordAcceptMutation`,selections:t},params:{cacheID:`28b454726f3154c3fb14c2d5c02e4080`,id:`ae092a0de948ab3776af6d8ceda61f929efbad192f0d9f986febfcc43cc1fb68`,metadata:{},name:`ChoosePasswordAcceptMutation`,operationKind:`mutation`,text:`mutation ChoosePasswordAcceptMutation(
  $input: TokenPasswordInput!
) {
  acceptInvitation(input: $input) {
    redirectURL
    user {
      id
    }
  }
}
`}}})();m.hash=`3d2aff3cb38ad81ba2115a4e8ee04b54`;var h={fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`ChoosePasswordQuery`,selections:[{alias:null,args:null,concreteType:`SignInOptions`,kind:`LinkedField`,name:`signInOptions`,plural:!1,selections:[{args:null,kind:`FragmentSpread`,name:`PasswordRules_options`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`ChoosePasswordQuery`,selections:[{alias:null,args:null,concreteType:`SignInOptions`,kind:`LinkedField`,name:`signInOptions`,plural:!1,selections:[{alias:null,args:null,concreteType:`PasswordPolicy`,kind:`LinkedField`,name:`passwordPolicy`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`minLength`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`maxLength`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`forbidNames`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`forbidCommon`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`ddb2b9112ca627c9ac45358d59cd5717`,id:`484949e6ac66ea8bfbbd1cd5012a2dafec6945dbc1eed925140e23deff35563c`,metadata:{},name:`ChoosePasswordQuery`,operationKind:`query`,text:`query ChoosePasswordQuery {
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
`}};h.hash=`71b40aa13e29606f89e4a130cd940f4b`;var g=e(t(),1),_=r(),v=n();function y({kind:e}){let t=f(),n=(0,_.useLazyLoadQuery)(h,{},{fetchPolicy:`store-and-network`}),r=i(),y=a(),[b,x]=(0,g.useState)(``),[S,C]=(0,g.useState)(``),[w,T]=(0,g.useState)({fields:{},general:[]}),[E,D]=(0,g.useState)(null),[O,k]=(0,_.useMutation)(m),[A,j]=(0,_.useMutation)(p),M=n=>{if(n.preventDefault(),b!==S){T({fields:{repeat:`The two passwords differ.`},general:[]});return}let i=e=>{let t=s(e);T({fields:t.fields,general:t.general.concat(t.fields.token?[t.fields.token]:[])})};e===`invitation`?O({variables:{input:{token:t,password:b}},onCompleted:e=>{e.acceptInvitation.redirectURL?window.location.assign(e.acceptInvitation.redirectURL):(y.reset(),r(`/account/`,{replace:!0}))},onError:i}):A({variables:{input:{token:t,password:b}},onCompleted:e=>D(e.resetPassword.email),onError:i})},N=e===`invitation`?`Accept your invitation`:`Choose a new password`;return E?(0,v.jsx)(d,{title:N,children:(0,v.jsxs)(`div`,{className:`panel`,children:[(0,v.jsx)(`p`,{className:`notice`,role:`status`,children:`Your password is changed, and every session of your account has ended.`}),(0,v.jsx)(o,{to:`/account/sign-in?email=${encodeURIComponent(E)}`,children:`Sign in with the new password`})]})}):(0,v.jsx)(d,{title:N,children:t?(0,v.jsxs)(`form`,{onSubmit:M,noValidate:!0,className:`panel`,children:[e===`invitation`&&(0,v.jsx)(`p`,{children:`Choose a password for your account; you are signed in right after.`}),(0,v.jsx)(l,{messages:w.general}),(0,v.jsx)(c,{label:e===`invitation`?`Password`:`New password`,type:`password`,autoComplete:`new-password`,autoFocus:!0,value:b,onChange:e=>x(e.target.value),error:w.fields.password,hint:(0,v.jsx)(u,{options:n.signInOptions})}),(0,v.jsx)(c,{label:`Repeat the password`,type:`password`,autoComplete:`new-password`,value:S,onChange:e=>C(e.target.value),error:w.fields.repeat}),(0,v.jsx)(`button`,{type:`submit`,className:`primary`,disabled:k||j,children:e===`invitation`?`Accept and sign in`:`Save the new password`})]}):(0,v.jsx)(`p`,{role:`alert`,children:`This link has no token. Open the link from the mail again.`})})}export{y as default};