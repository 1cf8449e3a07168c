import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,s as i}from"./console-r4Nmzg1r.js";import{n as a}from"./Field-D6cd9lqZ.js";import{r as o}from"./format-C_jl0jrM.js";var s=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RevokeSessionPayload`,kind:`LinkedField`,name:`revokeSession`,plural:!1,selections:[{alias:null,args:null,concreteType:`Session`,kind:`LinkedField`,name:`session`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`revokedAt`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AccountSessionsRevokeMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AccountSessionsRevokeMutation`,selections:t},params:{cacheID:`e1fc32fb738b803db45ddc1e00b26496`,id:`d10d35e8aa7e252085d5bef18a2ced416463f7cd8b92c927405b765b32d2adbe`,metadata:{},name:`AccountSessionsRevokeMutation`,operationKind:`mutation`,text:`mutation AccountSessionsRevokeMutation(
  $input: RevokeSessionInput!
) {
  revokeSession(input: $input) {
    session {
      id
      revokedAt
    }
  }
}
`}}})();s.hash=`8a9f0eef20b40bf034a2fcdd77f08fec`;var c=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[{alias:null,args:null,concreteType:`Viewer`,kind:`LinkedField`,name:`viewer`,plural:!1,selections:[{alias:null,args:null,concreteType:`Session`,kind:`LinkedField`,name:`currentSession`,plural:!1,selections:[e],storageKey:null},{alias:null,args:null,concreteType:`Session`,kind:`LinkedField`,name:`sessions`,plural:!0,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`method`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSeenAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`expiresAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`ip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`userAgent`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountSessionsQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountSessionsQuery`,selections:t},params:{cacheID:`bc5bdd116b9059ed144ef703b084b59c`,id:`cdb5ab2eb1cea60bb539f1b694d566798767651f6bc3f84c91460cc79fdc9be3`,metadata:{},name:`AccountSessionsQuery`,operationKind:`query`,text:`query AccountSessionsQuery {
  viewer {
    currentSession {
      id
    }
    sessions {
      id
      method
      createdAt
      lastSeenAt
      expiresAt
      ip
      userAgent
    }
  }
}
`}}})();c.hash=`78fd5a76ea24b840d667580f950ce910`;var l=e(t(),1),u=r(),d=n();function f(){let[e,t]=(0,l.useState)(0),n=(0,u.useLazyLoadQuery)(c,{},{fetchPolicy:`network-only`,fetchKey:e}),[r,f]=(0,l.useState)([]),[p,m]=(0,u.useMutation)(s),h=n.viewer.currentSession?.id;return(0,d.jsxs)(`div`,{children:[(0,d.jsx)(`h1`,{children:`Active sessions`}),(0,d.jsx)(a,{messages:r}),(0,d.jsxs)(`table`,{children:[(0,d.jsx)(`thead`,{children:(0,d.jsxs)(`tr`,{children:[(0,d.jsx)(`th`,{children:`Signed in`}),(0,d.jsx)(`th`,{children:`Method`}),(0,d.jsx)(`th`,{children:`Last seen`}),(0,d.jsx)(`th`,{children:`From`}),(0,d.jsx)(`th`,{children:`Ends`}),(0,d.jsx)(`th`,{children:(0,d.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,d.jsx)(`tbody`,{children:n.viewer.sessions.map(e=>(0,d.jsxs)(`tr`,{children:[(0,d.jsxs)(`td`,{children:[o(e.createdAt),` `,e.id===h&&(0,d.jsx)(`span`,{className:`badge ok`,children:`this browser`})]}),(0,d.jsx)(`td`,{children:e.method}),(0,d.jsx)(`td`,{children:o(e.lastSeenAt)}),(0,d.jsxs)(`td`,{children:[e.ip??`—`,e.userAgent&&(0,d.jsx)(`div`,{className:`muted`,children:e.userAgent})]}),(0,d.jsx)(`td`,{children:o(e.expiresAt)}),(0,d.jsx)(`td`,{children:e.id!==h&&(0,d.jsx)(`button`,{type:`button`,disabled:m,"aria-label":`Sign out the session from ${o(e.createdAt)}`,onClick:()=>p({variables:{input:{id:e.id}},onCompleted:()=>t(e=>e+1),onError:e=>f(i(e).general)}),children:`Sign out`})})]},e.id))})]})]})}export{f as default};