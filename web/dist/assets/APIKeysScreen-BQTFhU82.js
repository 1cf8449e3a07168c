import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,s as i}from"./console-r4Nmzg1r.js";import{n as a,t as o}from"./Dialog-D4Tub4Fv.js";import{a as s,n as c,t as l}from"./Field-D6cd9lqZ.js";import{n as u,t as d}from"./PermissionPicker-Bmfzw6ts.js";import{r as f}from"./format-C_jl0jrM.js";var p=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`CreateAPIKeyPayload`,kind:`LinkedField`,name:`createAPIKey`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},{alias:null,args:null,concreteType:`APIKey`,kind:`LinkedField`,name:`apiKey`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`APIKeysScreenCreateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`APIKeysScreenCreateMutation`,selections:t},params:{cacheID:`c11ca4b8587ac6766663624cb82c523c`,id:`5d66c16b3958f8bf72a083dfc2caf5358f1db7ca9b8902b360987b9ec6775d3a`,metadata:{},name:`APIKeysScreenCreateMutation`,operationKind:`mutation`,text:`mutation APIKeysScreenCreateMutation(
  $input: CreateAPIKeyInput!
) {
  createAPIKey(input: $input) {
    key
    apiKey {
      id
    }
  }
}
`}}})();p.hash=`9be97e9188b70eee65625a3a7a460f07`;var m=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`APIKeyPayload`,kind:`LinkedField`,name:`revokeAPIKey`,plural:!1,selections:[{alias:null,args:null,concreteType:`APIKey`,kind:`LinkedField`,name:`apiKey`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`revokedAt`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`APIKeysScreenRevokeMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`APIKeysScreenRevokeMutation`,selections:t},params:{cacheID:`4e36bdce84fddd6e9a21496e3613f11f`,id:`c19e66c33f7daa4b7e51a29988de7fa02feaafbaf46c412c422c1a8635b43d93`,metadata:{},name:`APIKeysScreenRevokeMutation`,operationKind:`mutation`,text:`mutation APIKeysScreenRevokeMutation(
  $input: RevokeAPIKeyInput!
) {
  revokeAPIKey(input: $input) {
    apiKey {
      id
      revokedAt
    }
  }
}
`}}})();m.hash=`706a3c769ebeaa2328dc7b3a2d34ecda`;var h=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},n=[e,t],r=[{alias:null,args:null,concreteType:`APIKey`,kind:`LinkedField`,name:`apiKeys`,plural:!0,selections:[e,t,{alias:null,args:null,kind:`ScalarField`,name:`prefix`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`permissions`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`expiresAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastUsedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`revokedAt`,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:n,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`createdBy`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:[{kind:`Literal`,name:`first`,value:500},{kind:`Literal`,name:`orderBy`,value:{direction:`ASC`,field:`NAME`}}],concreteType:`CustomerConnection`,kind:`LinkedField`,name:`customers`,plural:!1,selections:[{alias:null,args:null,concreteType:`CustomerEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`node`,plural:!1,selections:n,storageKey:null}],storageKey:null}],storageKey:`customers(first:500,orderBy:{"direction":"ASC","field":"NAME"})`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`APIKeysScreenQuery`,selections:r,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`APIKeysScreenQuery`,selections:r},params:{cacheID:`638305cc17043a5ae5eba20ff54baccb`,id:`b1572bee48c1887304a1da35c742375f08295c56850fef6f0cc9edfc947ce4d9`,metadata:{},name:`APIKeysScreenQuery`,operationKind:`query`,text:`query APIKeysScreenQuery {
  apiKeys {
    id
    name
    prefix
    permissions
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    customers {
      id
      name
    }
    createdBy {
      id
      email
    }
  }
  customers(first: 500, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
`}}})();h.hash=`05ef1a944da60397f059e6b88229ee6f`;var g=e(t(),1),_=r(),v=n();function y(){let[e,t]=(0,g.useState)(0),n=(0,_.useLazyLoadQuery)(h,{},{fetchPolicy:`store-and-network`,fetchKey:e}),[r,s]=(0,g.useState)(!1),[c,l]=(0,g.useState)(null),[d,p]=(0,g.useState)(null),[y,x]=(0,g.useState)([]),[S,C]=(0,_.useMutation)(m),w=n.customers.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,v.jsxs)(`div`,{children:[(0,v.jsxs)(`div`,{className:`actions`,style:{justifyContent:`space-between`},children:[(0,v.jsx)(`h1`,{style:{margin:0},children:`API keys`}),(0,v.jsx)(`button`,{type:`button`,className:`primary`,onClick:()=>s(!0),children:`New API key`})]}),c&&(0,v.jsxs)(`div`,{className:`panel`,role:`status`,children:[(0,v.jsxs)(`p`,{children:[(0,v.jsx)(`strong`,{children:`Copy the key now: it is shown only this once.`}),` Send it as `,(0,v.jsx)(`code`,{children:`Authorization: Bearer …`}),`.`]}),(0,v.jsx)(`p`,{className:`secret`,"aria-label":`The new API key`,children:c}),(0,v.jsx)(`button`,{type:`button`,onClick:()=>l(null),children:`I have copied it`})]}),(0,v.jsxs)(`table`,{children:[(0,v.jsx)(`thead`,{children:(0,v.jsxs)(`tr`,{children:[(0,v.jsx)(`th`,{children:`Name`}),(0,v.jsx)(`th`,{children:`Prefix`}),(0,v.jsx)(`th`,{children:`Permissions`}),(0,v.jsx)(`th`,{children:`Customers`}),(0,v.jsx)(`th`,{children:`Created`}),(0,v.jsx)(`th`,{children:`Last used`}),(0,v.jsx)(`th`,{children:`Expires`}),(0,v.jsx)(`th`,{children:(0,v.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,v.jsx)(`tbody`,{children:n.apiKeys.map(e=>(0,v.jsxs)(`tr`,{children:[(0,v.jsxs)(`td`,{children:[e.name,` `,e.revokedAt&&(0,v.jsx)(`span`,{className:`badge danger`,children:`revoked`})]}),(0,v.jsx)(`td`,{children:(0,v.jsx)(`code`,{children:e.prefix})}),(0,v.jsx)(`td`,{children:e.permissions.map(u).join(`, `)}),(0,v.jsx)(`td`,{children:e.customers?.map(e=>e.name).join(`, `)||(0,v.jsx)(`span`,{className:`muted`,children:`all`})}),(0,v.jsxs)(`td`,{children:[f(e.createdAt),e.createdBy&&(0,v.jsxs)(v.Fragment,{children:[` by `,e.createdBy.email]})]}),(0,v.jsx)(`td`,{children:f(e.lastUsedAt)}),(0,v.jsx)(`td`,{children:f(e.expiresAt)}),(0,v.jsx)(`td`,{className:`row-actions`,children:!e.revokedAt&&(0,v.jsx)(`button`,{type:`button`,className:`link-button danger-link`,"aria-label":`Revoke ${e.name}`,onClick:()=>p(e),children:`Revoke`})})]},e.id))})]}),(0,v.jsx)(a,{title:`New API key`,open:r,onClose:()=>s(!1),children:r&&(0,v.jsx)(b,{customers:w,onCancel:()=>s(!1),onCreated:e=>{s(!1),l(e),t(e=>e+1)}})}),(0,v.jsx)(o,{title:`Revoke API key`,open:d!==null,danger:!0,message:(0,v.jsxs)(`p`,{children:[`Revoke the key `,d?.name,`? It stops working at once.`]}),confirmLabel:`Revoke ${d?.name??``}`,pending:C,error:y,onClose:()=>{p(null),x([])},onConfirm:()=>d&&S({variables:{input:{id:d.id}},onCompleted:()=>p(null),onError:e=>x(i(e).general)})})]})}function b({customers:e,onCancel:t,onCreated:n}){let[r,a]=(0,g.useState)(``),[o,u]=(0,g.useState)(new Set([`USERS_READ`])),[f,m]=(0,g.useState)(new Set),[h,y]=(0,g.useState)(``),[b,x]=(0,g.useState)({fields:{},general:[]}),[S,C]=(0,_.useMutation)(p);return(0,v.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),S({variables:{input:{name:r,permissions:[...o],customerIDs:[...f],expiresAt:h?new Date(`${h}T23:59:59`).toISOString():null}},onCompleted:e=>n(e.createAPIKey.key),onError:e=>x(i(e))})},noValidate:!0,children:[(0,v.jsx)(c,{messages:b.general}),(0,v.jsx)(s,{label:`Name`,value:r,onChange:e=>a(e.target.value),error:b.fields.name,hint:`What uses the key, such as CRM sync.`}),(0,v.jsx)(d,{legend:`Permissions`,value:o,onChange:u,error:b.fields.permissions}),e.length>0&&(0,v.jsxs)(`fieldset`,{children:[(0,v.jsx)(`legend`,{children:`Customers (none: all users)`}),e.map(e=>(0,v.jsx)(l,{label:e.name,checked:f.has(e.id),onChange:t=>m(n=>{let r=new Set(n);return t.target.checked?r.add(e.id):r.delete(e.id),r})},e.id))]}),(0,v.jsx)(s,{label:`Expires on (optional)`,type:`date`,value:h,onChange:e=>y(e.target.value),error:b.fields.expiresAt}),(0,v.jsxs)(`div`,{className:`actions`,children:[(0,v.jsx)(`button`,{type:`button`,onClick:t,children:`Cancel`}),(0,v.jsx)(`button`,{type:`submit`,className:`primary`,disabled:C,children:`Create key`})]})]})}export{y as default};