import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,s as i}from"./console-r4Nmzg1r.js";import{n as a}from"./Field-D6cd9lqZ.js";import{i as o,r as s,t as c}from"./ProfileForm-DikiR363.js";var l=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`UserPayload`,kind:`LinkedField`,name:`updateMe`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AccountProfileMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AccountProfileMutation`,selections:t},params:{cacheID:`c98261631a61962715a5dd413baadadd`,id:`5b50866c4294faf2e9fbdb0e89d818bd469e1485573c9b3232e29940b1164e0b`,metadata:{},name:`AccountProfileMutation`,operationKind:`mutation`,text:`mutation AccountProfileMutation(
  $input: ProfileInput!
) {
  updateMe(input: $input) {
    user {
      id
      updatedAt
      firstName
      lastName
      salutation
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
  }
}
`}}})();l.hash=`5c0bccd078cfead694a9d53ff6025d1c`;var u=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,concreteType:`Viewer`,kind:`LinkedField`,name:`viewer`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null}],storageKey:null}],storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`label`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`type`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`required`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`allowedValues`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`userEditable`,storageKey:null};return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountProfileQuery`,selections:[t,{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[n,r,i,a,o,s,c],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountProfileQuery`,selections:[t,{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[n,r,i,a,o,s,c,e],storageKey:null}]},params:{cacheID:`7ca627ecf6397cee86855627c47feef2`,id:`07ae4251ae9ca526333cb7f1694061238117e436aace8cea2f6000bd0e08ced6`,metadata:{},name:`AccountProfileQuery`,operationKind:`query`,text:`query AccountProfileQuery {
  viewer {
    user {
      id
      email
      updatedAt
      blockedProfileFields
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
`}}})();u.hash=`7c748a02fe017fb9ef88b33d2fa90416`;var d=e(t(),1),f=r(),p=n();function m(){let e=(0,f.useLazyLoadQuery)(u,{},{fetchPolicy:`network-only`}),t=e.viewer.user;return t?(0,p.jsx)(h,{user:t,defs:e.attributeDefinitions},t.id):null}function h({user:e,defs:t}){let[n,r]=(0,d.useState)(()=>o(e,t)),[u,m]=(0,d.useState)(n),[h,g]=(0,d.useState)({fields:{},general:[]}),[_,v]=(0,d.useState)(!1),[y,b]=(0,f.useMutation)(l),x=new Set(e.blockedProfileFields);return(0,p.jsxs)(`div`,{children:[(0,p.jsx)(`h1`,{children:`My information`}),(0,p.jsxs)(`p`,{className:`muted`,children:[`Signed in as `,e.email,`.`]}),(0,p.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),v(!1),y({variables:{input:s(n,u,t,{onlyEditable:!0})},onCompleted:()=>{g({fields:{},general:[]}),r(u),v(!0)},onError:e=>g(i(e,`input.`))})},noValidate:!0,className:`panel`,children:[_&&(0,p.jsx)(`p`,{className:`notice`,role:`status`,children:`Your information is saved.`}),(0,p.jsx)(a,{messages:h.general}),x.size>0&&(0,p.jsx)(`p`,{className:`hint`,children:`Fields shown greyed out were blocked from editing by an administrator.`}),(0,p.jsx)(c,{values:u,onChange:m,errors:h.fields,defs:t,readOnly:x,selfService:!0}),(0,p.jsx)(`button`,{type:`submit`,className:`primary`,disabled:b,children:`Save`})]})]})}export{m as default};