import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{a as r,c as i,n as a,o,r as s,s as c}from"./console-B45jXv88.js";import{n as l,r as u}from"./Field-gdZRqUeN.js";var d=(function(){var e={kind:`Literal`,name:`orderBy`,value:{direction:`ASC`,field:`NAME`}},t=[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],n=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100},e],concreteType:`RoleConnection`,kind:`LinkedField`,name:`roles`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoleEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`node`,plural:!1,selections:t,storageKey:null}],storageKey:null}],storageKey:`roles(first:100,orderBy:{"direction":"ASC","field":"NAME"})`},{alias:null,args:[{kind:`Literal`,name:`first`,value:500},e],concreteType:`CustomerConnection`,kind:`LinkedField`,name:`customers`,plural:!1,selections:[{alias:null,args:null,concreteType:`CustomerEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`node`,plural:!1,selections:t,storageKey:null}],storageKey:null}],storageKey:`customers(first:500,orderBy:{"direction":"ASC","field":"NAME"})`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UsersScreenQuery`,selections:n,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`UsersScreenQuery`,selections:n},params:{cacheID:`81f4167d866118c83a68b60a48b632f0`,id:`fcec9da2e41b10b0ff4de555d90036ff469f5816a12b01bbf301a933b170b06c`,metadata:{},name:`UsersScreenQuery`,operationKind:`query`,text:`query UsersScreenQuery {
  roles(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
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
`}}})();d.hash=`36377971bde775e78897ed4e4c348b03`;var f=c(),p=e(t(),1);function m(e,t=300){let[n,r]=(0,p.useState)(e);return(0,p.useEffect)(()=>{let n=window.setTimeout(()=>r(e),t);return()=>window.clearTimeout(n)},[e,t]),n}var h=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:null,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`orderBy`},{defaultValue:null,kind:`LocalArgument`,name:`search`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],t=[{kind:`Variable`,name:`after`,variableName:`after`},{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`orderBy`,variableName:`orderBy`},{kind:`Variable`,name:`search`,variableName:`search`},{kind:`Variable`,name:`where`,variableName:`where`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersListPaginationQuery`,selections:[{args:t,kind:`FragmentSpread`,name:`UsersList_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersListPaginationQuery`,selections:[{alias:null,args:t,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:[r,n],storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:[n,r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null},{kind:`ClientExtension`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__id`,storageKey:null}]}],storageKey:null},{alias:null,args:t,filters:[`search`,`where`,`orderBy`],handle:`connection`,key:`UsersList_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`ef87571e02315d4436aba117d78f3265`,id:`47353de71870ab36ab23032a0c0e5b264c3d59f80d5fe82ea82032e5bb500f59`,metadata:{},name:`UsersListPaginationQuery`,operationKind:`query`,text:`query UsersListPaginationQuery(
  $after: Cursor
  $first: Int!
  $orderBy: UserOrder
  $search: String
  $where: UserWhereInput
) {
  ...UsersList_query_1hKZQ2
}

fragment UserRow_user on User {
  id
  email
  firstName
  lastName
  status
  locked
  createdAt
  lastActiveAt
  role {
    name
    id
  }
  customers {
    id
    name
  }
}

fragment UsersList_query_1hKZQ2 on Query {
  users(first: $first, after: $after, search: $search, where: $where, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        ...UserRow_user
        __typename
      }
      cursor
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`}}})();h.hash=`642117cea29b53ecd114261154a07b9b`;var g=(function(){var e=[`users`];return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:null,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`orderBy`},{defaultValue:null,kind:`LocalArgument`,name:`search`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:h}},name:`UsersList_query`,selections:[{alias:`users`,args:[{kind:`Variable`,name:`orderBy`,variableName:`orderBy`},{kind:`Variable`,name:`search`,variableName:`search`},{kind:`Variable`,name:`where`,variableName:`where`}],concreteType:`UserConnection`,kind:`LinkedField`,name:`__UsersList_users_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{args:null,kind:`FragmentSpread`,name:`UserRow_user`},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null},{kind:`ClientExtension`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__id`,storageKey:null}]}],storageKey:null}],type:`Query`,abstractKey:null}})();g.hash=`642117cea29b53ecd114261154a07b9b`;var _=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`first`},t={defaultValue:null,kind:`LocalArgument`,name:`orderBy`},n={defaultValue:null,kind:`LocalArgument`,name:`search`},r={defaultValue:null,kind:`LocalArgument`,name:`where`},i=[{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`orderBy`,variableName:`orderBy`},{kind:`Variable`,name:`search`,variableName:`search`},{kind:`Variable`,name:`where`,variableName:`where`}],a={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:[e,t,n,r],kind:`Fragment`,metadata:null,name:`UsersListQuery`,selections:[{args:i,kind:`FragmentSpread`,name:`UsersList_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[n,r,t,e],kind:`Operation`,name:`UsersListQuery`,selections:[{alias:null,args:i,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:[o,a],storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:[a,o],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null},{kind:`ClientExtension`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__id`,storageKey:null}]}],storageKey:null},{alias:null,args:i,filters:[`search`,`where`,`orderBy`],handle:`connection`,key:`UsersList_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`9d7b74276c741840bd5d3851caa111b9`,id:`20bf24f75000e1ab8ce5245dedb79df5bd17b9083c6ab0375738b4b75296a016`,metadata:{},name:`UsersListQuery`,operationKind:`query`,text:`query UsersListQuery(
  $search: String
  $where: UserWhereInput
  $orderBy: UserOrder
  $first: Int!
) {
  ...UsersList_query_1j4Y4n
}

fragment UserRow_user on User {
  id
  email
  firstName
  lastName
  status
  locked
  createdAt
  lastActiveAt
  role {
    name
    id
  }
  customers {
    id
    name
  }
}

fragment UsersList_query_1j4Y4n on Query {
  users(first: $first, search: $search, where: $where, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        ...UserRow_user
        __typename
      }
      cursor
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`}}})();_.hash=`d7ca2ac22611ce36676599c26694b461`;var v=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`connections`},t={defaultValue:null,kind:`LocalArgument`,name:`input`},n=[{kind:`Variable`,name:`input`,variableName:`input`}],r={alias:null,args:null,kind:`ScalarField`,name:`deletedID`,storageKey:null};return{fragment:{argumentDefinitions:[e,t],kind:`Fragment`,metadata:null,name:`UserRowDeleteMutation`,selections:[{alias:null,args:n,concreteType:`DeleteUserPayload`,kind:`LinkedField`,name:`deleteUser`,plural:!1,selections:[r],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[t,e],kind:`Operation`,name:`UserRowDeleteMutation`,selections:[{alias:null,args:n,concreteType:`DeleteUserPayload`,kind:`LinkedField`,name:`deleteUser`,plural:!1,selections:[r,{alias:null,args:null,filters:null,handle:`deleteEdge`,key:``,kind:`ScalarHandle`,name:`deletedID`,handleArgs:[{kind:`Variable`,name:`connections`,variableName:`connections`}]}],storageKey:null}]},params:{cacheID:`46f186d5c6cad5f4605e479e4ad7480e`,id:`f9d59b6ab6955e216183290931fbcd63c8e88c98e9cf7ae8c2a967a62a0817c4`,metadata:{},name:`UserRowDeleteMutation`,operationKind:`mutation`,text:`mutation UserRowDeleteMutation(
  $input: UserIDInput!
) {
  deleteUser(input: $input) {
    deletedID
  }
}
`}}})();v.hash=`12e8072cb094429fde67a6fffffec3ad`;var y=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UserRow_user`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:[t],storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:[e,t],storageKey:null}],type:`User`,abstractKey:null}})();y.hash=`95f523970c87c6d964d144b0835cee01`;var b=n();function x({title:e,open:t,onClose:n,children:r}){let i=(0,p.useRef)(null),a=(0,p.useId)();return(0,p.useEffect)(()=>{let e=i.current;e&&(t&&!e.open&&e.showModal(),!t&&e.open&&e.close())},[t]),(0,b.jsxs)(`dialog`,{ref:i,"aria-labelledby":a,onClose:n,onCancel:n,children:[(0,b.jsx)(`h2`,{id:a,children:e}),t&&r]})}function S({title:e,open:t,message:n,confirmLabel:r,danger:i,pending:a,error:o,onConfirm:s,onClose:c}){return(0,b.jsxs)(x,{title:e,open:t,onClose:c,children:[(0,b.jsx)(`div`,{children:n}),o&&o.length>0&&(0,b.jsx)(`div`,{className:`form-errors`,role:`alert`,children:o.map((e,t)=>(0,b.jsx)(`p`,{children:e},t))}),(0,b.jsxs)(`div`,{className:`actions`,children:[(0,b.jsx)(`button`,{type:`button`,autoFocus:!0,onClick:c,children:`Cancel`}),(0,b.jsx)(`button`,{type:`button`,className:i?`danger primary`:`primary`,disabled:a,onClick:s,children:r})]})]})}function C(e){if(!e)return`—`;let t=new Date(e);if(Number.isNaN(t.getTime()))return e;let n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())} ${n(t.getHours())}:${n(t.getMinutes())}`}function w(e){return[e.firstName,e.lastName].filter(Boolean).join(` `)||e.email}var T={CONFIRMED:`Confirmed`,CONFIRMATION_PENDING:`Confirmation pending`,INVITED:`Invited`,ACCOUNT_DATA:`Account data`};function E(e,t){return t?`badge danger`:e===`CONFIRMED`?`badge ok`:e===`INVITED`||e===`CONFIRMATION_PENDING`?`badge warn`:`badge`}function D({user:e,connectionID:t,onDeleted:n}){let r=(0,f.useFragment)(y,e),c=s(),l=a(`USERS_WRITE`),u=a(`USERS_DELETE`)&&c.userId!==r.id,[d,m]=(0,p.useState)(!1),[h,g]=(0,p.useState)([]),[_,x]=(0,f.useMutation)(v),D=w(r),O=`${T[r.status]??r.status}${r.locked?`, locked`:``}`;return(0,b.jsxs)(`tr`,{title:`${D}: ${O}; role ${r.role.name}`,children:[(0,b.jsx)(`td`,{children:(0,b.jsx)(i,{to:`/admin/users/${r.id}`,children:r.email})}),(0,b.jsx)(`td`,{children:[r.firstName,r.lastName].filter(Boolean).join(` `)||(0,b.jsx)(`span`,{className:`muted`,children:`—`})}),(0,b.jsx)(`td`,{children:(0,b.jsx)(`span`,{className:E(r.status,r.locked),children:O})}),(0,b.jsx)(`td`,{children:r.role.name}),(0,b.jsx)(`td`,{children:r.customers?.map(e=>e.name).join(`, `)||(0,b.jsx)(`span`,{className:`muted`,children:`—`})}),(0,b.jsx)(`td`,{children:C(r.createdAt)}),(0,b.jsx)(`td`,{children:C(r.lastActiveAt)}),(0,b.jsxs)(`td`,{className:`row-actions`,children:[l&&(0,b.jsx)(i,{to:`/admin/users/${r.id}/edit`,"aria-label":`Edit ${D}`,children:`Edit`}),u&&(0,b.jsx)(`button`,{type:`button`,className:`link-button danger-link`,"aria-label":`Delete ${D}`,onClick:()=>m(!0),children:`Delete`}),(0,b.jsx)(S,{title:`Delete user`,open:d,danger:!0,pending:x,error:h,confirmLabel:`Delete ${D}`,message:(0,b.jsxs)(`p`,{children:[`Delete `,(0,b.jsx)(`strong`,{children:D}),` (`,r.email,`) and all their data? Their history goes too; only the newsletter subscription stays. This cannot be undone.`]}),onConfirm:()=>_({variables:{input:{id:r.id},connections:[t]},onCompleted:()=>{m(!1),n(D)},onError:e=>g(o(e).general)}),onClose:()=>{m(!1),g([])}})]})]})}var O=[{field:`EMAIL`,label:`Email`},{field:`LAST_NAME`,label:`Name`},{field:`CREATED_AT`,label:`Created`},{field:`LAST_ACTIVE_AT`,label:`Last active`}],k=25;function A(e){return new Date(`${e}T00:00:00`).toISOString()}function j(e){let t={};return e.status&&(t.status=e.status),e.roleID&&(t.hasRoleWith=[{id:e.roleID}]),e.customerID&&(t.hasCustomersWith=[{id:e.customerID}]),e.locked&&(t.locked=e.locked===`true`),e.invitationExpired&&(t.invitationExpired=e.invitationExpired===`true`),e.activeAfter&&(t.lastActiveAtGTE=A(e.activeAfter)),e.activeBefore&&(t.lastActiveAtLT=A(e.activeBefore)),{search:e.search.trim()||null,where:t,orderBy:{field:e.order.field,direction:e.order.direction},first:k}}function M({filters:e,onOrder:t}){let n=(0,f.useLazyLoadQuery)(_,j(e),{fetchPolicy:`store-and-network`}),{data:i,loadNext:a,hasNext:o,isLoadingNext:s}=(0,f.usePaginationFragment)(g,n),[c,l]=(0,p.useState)(``),u=i.users,d=u.edges?.flatMap(e=>e?.node?[e.node]:[])??[],m=n=>{t({field:n,direction:e.order.field===n&&e.order.direction===`ASC`?`DESC`:`ASC`})},h=t=>e.order.field===t?e.order.direction===`ASC`?`ascending`:`descending`:void 0;return(0,b.jsxs)(`div`,{children:[(0,b.jsxs)(`p`,{className:`muted`,"aria-live":`polite`,children:[u.totalCount===0?`No users match.`:`Showing ${d.length} of ${u.totalCount.toLocaleString()} users`,c&&` — ${c}`]}),(0,b.jsxs)(`table`,{children:[(0,b.jsx)(`thead`,{children:(0,b.jsxs)(`tr`,{children:[O.slice(0,2).map(t=>(0,b.jsx)(`th`,{"aria-sort":h(t.field),children:(0,b.jsxs)(`button`,{type:`button`,onClick:()=>m(t.field),children:[t.label,` `,N(e,t.field)]})},t.field)),(0,b.jsx)(`th`,{children:`Status`}),(0,b.jsx)(`th`,{children:`Role`}),(0,b.jsx)(`th`,{children:`Customers`}),O.slice(2).map(t=>(0,b.jsx)(`th`,{"aria-sort":h(t.field),children:(0,b.jsxs)(`button`,{type:`button`,onClick:()=>m(t.field),children:[t.label,` `,N(e,t.field)]})},t.field)),(0,b.jsx)(`th`,{children:(0,b.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,b.jsx)(`tbody`,{children:d.map(e=>(0,b.jsx)(D,{user:e,connectionID:u.__id,onDeleted:e=>l(`${e} was deleted`)},e.id))})]}),(0,b.jsxs)(`div`,{className:`pager`,children:[o&&(0,b.jsx)(`button`,{type:`button`,disabled:s,onClick:()=>a(k),children:s?`Loading…`:`Show ${k} more`}),s&&(0,b.jsx)(r,{})]})]})}function N(e,t){return e.order.field===t?e.order.direction===`ASC`?`▲`:`▼`:``}var P={search:``,status:``,roleID:``,customerID:``,locked:``,invitationExpired:``,activeAfter:``,activeBefore:``,order:{field:`CREATED_AT`,direction:`DESC`}};function F(){let e=(0,f.useLazyLoadQuery)(d,{},{fetchPolicy:`store-and-network`}),t=a(`USERS_WRITE`),[n,o]=(0,p.useState)(P),s=m(n.search,300),c=(0,p.useDeferredValue)({...n,search:s}),h=e=>o(t=>({...t,...e})),g=e.roles.edges?.flatMap(e=>e?.node?[e.node]:[])??[],_=e.customers.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,b.jsxs)(`div`,{children:[(0,b.jsxs)(`div`,{className:`actions`,style:{justifyContent:`space-between`,alignItems:`center`},children:[(0,b.jsx)(`h1`,{style:{margin:0},children:`Users`}),t&&(0,b.jsx)(i,{to:`/admin/users/new`,className:`button-link`,children:`Create user`})]}),(0,b.jsxs)(`form`,{className:`toolbar`,role:`search`,onSubmit:e=>e.preventDefault(),children:[(0,b.jsx)(u,{label:`Search`,type:`search`,placeholder:`Email, name or alias`,value:n.search,onChange:e=>h({search:e.target.value})}),(0,b.jsxs)(l,{label:`Status`,value:n.status,onChange:e=>h({status:e.target.value}),children:[(0,b.jsx)(`option`,{value:``,children:`Any`}),(0,b.jsx)(`option`,{value:`CONFIRMED`,children:`Confirmed`}),(0,b.jsx)(`option`,{value:`CONFIRMATION_PENDING`,children:`Confirmation pending`}),(0,b.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,b.jsx)(`option`,{value:`ACCOUNT_DATA`,children:`Account data`})]}),(0,b.jsxs)(l,{label:`Role`,value:n.roleID,onChange:e=>h({roleID:e.target.value}),children:[(0,b.jsx)(`option`,{value:``,children:`Any`}),g.map(e=>(0,b.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,b.jsxs)(l,{label:`Customer`,value:n.customerID,onChange:e=>h({customerID:e.target.value}),children:[(0,b.jsx)(`option`,{value:``,children:`Any`}),_.map(e=>(0,b.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,b.jsxs)(l,{label:`Locked`,value:n.locked,onChange:e=>h({locked:e.target.value}),children:[(0,b.jsx)(`option`,{value:``,children:`Any`}),(0,b.jsx)(`option`,{value:`true`,children:`Locked`}),(0,b.jsx)(`option`,{value:`false`,children:`Not locked`})]}),(0,b.jsxs)(l,{label:`Invitation`,value:n.invitationExpired,onChange:e=>h({invitationExpired:e.target.value}),children:[(0,b.jsx)(`option`,{value:``,children:`Any`}),(0,b.jsx)(`option`,{value:`true`,children:`Expired`}),(0,b.jsx)(`option`,{value:`false`,children:`Valid`})]}),(0,b.jsx)(u,{label:`Active after`,type:`date`,value:n.activeAfter,onChange:e=>h({activeAfter:e.target.value})}),(0,b.jsx)(u,{label:`Active before`,type:`date`,value:n.activeBefore,onChange:e=>h({activeBefore:e.target.value})}),(0,b.jsx)(`button`,{type:`button`,onClick:()=>o(P),children:`Clear filters`})]}),(0,b.jsx)(p.Suspense,{fallback:(0,b.jsx)(r,{}),children:(0,b.jsx)(M,{filters:c,onOrder:e=>h({order:e})})})]})}export{F as default};