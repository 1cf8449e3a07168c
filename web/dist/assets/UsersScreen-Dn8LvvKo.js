import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{a as r,c as i,l as a,n as o,r as s,s as c}from"./console-r4Nmzg1r.js";import{a as l,r as u}from"./Field-D6cd9lqZ.js";import{t as d}from"./useDebounced-CmV6SzfE.js";import{t as f}from"./Dialog-D4Tub4Fv.js";import{a as p,i as m,n as h,r as g}from"./format-C_jl0jrM.js";import{t as _}from"./SendEmailDialog-0XYLBrie.js";var v=(function(){var e={kind:`Literal`,name:`orderBy`,value:{direction:`ASC`,field:`NAME`}},t=[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],n=[{alias:null,args:[{kind:`Literal`,name:`first`,value:100},e],concreteType:`RoleConnection`,kind:`LinkedField`,name:`roles`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoleEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`node`,plural:!1,selections:t,storageKey:null}],storageKey:null}],storageKey:`roles(first:100,orderBy:{"direction":"ASC","field":"NAME"})`},{alias:null,args:[{kind:`Literal`,name:`first`,value:500},e],concreteType:`CustomerConnection`,kind:`LinkedField`,name:`customers`,plural:!1,selections:[{alias:null,args:null,concreteType:`CustomerEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`node`,plural:!1,selections:t,storageKey:null}],storageKey:null}],storageKey:`customers(first:500,orderBy:{"direction":"ASC","field":"NAME"})`}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UsersScreenQuery`,selections:n,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`UsersScreenQuery`,selections:n},params:{cacheID:`81f4167d866118c83a68b60a48b632f0`,id:`fcec9da2e41b10b0ff4de555d90036ff469f5816a12b01bbf301a933b170b06c`,metadata:{},name:`UsersScreenQuery`,operationKind:`query`,text:`query UsersScreenQuery {
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
`}}})();v.hash=`36377971bde775e78897ed4e4c348b03`;var y=e(t(),1),b=i(),x=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:null,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`orderBy`},{defaultValue:null,kind:`LocalArgument`,name:`search`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],t=[{kind:`Variable`,name:`after`,variableName:`after`},{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`orderBy`,variableName:`orderBy`},{kind:`Variable`,name:`search`,variableName:`search`},{kind:`Variable`,name:`where`,variableName:`where`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UsersListPaginationQuery`,selections:[{args:t,kind:`FragmentSpread`,name:`UsersList_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UsersListPaginationQuery`,selections:[{alias:null,args:t,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:[r,n],storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:[n,r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null},{kind:`ClientExtension`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__id`,storageKey:null}]}],storageKey:null},{alias:null,args:t,filters:[`search`,`where`,`orderBy`],handle:`connection`,key:`UsersList_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`1e7f941d9bcc68ce69160801b42b03fa`,id:`1ba6d60ce66ca17d6641e0d02594ddcebb47d679a96cec20afb1fb48a0686f55`,metadata:{},name:`UsersListPaginationQuery`,operationKind:`query`,text:`query UsersListPaginationQuery(
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
    totalCountIsCapped
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
`}}})();x.hash=`0599251dee2f1e8b5a9d083022af0f45`;var S=(function(){var e=[`users`];return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:null,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`orderBy`},{defaultValue:null,kind:`LocalArgument`,name:`search`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:x}},name:`UsersList_query`,selections:[{alias:`users`,args:[{kind:`Variable`,name:`orderBy`,variableName:`orderBy`},{kind:`Variable`,name:`search`,variableName:`search`},{kind:`Variable`,name:`where`,variableName:`where`}],concreteType:`UserConnection`,kind:`LinkedField`,name:`__UsersList_users_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{args:null,kind:`FragmentSpread`,name:`UserRow_user`},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null},{kind:`ClientExtension`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__id`,storageKey:null}]}],storageKey:null}],type:`Query`,abstractKey:null}})();S.hash=`0599251dee2f1e8b5a9d083022af0f45`;var C=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`first`},t={defaultValue:null,kind:`LocalArgument`,name:`orderBy`},n={defaultValue:null,kind:`LocalArgument`,name:`search`},r={defaultValue:null,kind:`LocalArgument`,name:`where`},i=[{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`orderBy`,variableName:`orderBy`},{kind:`Variable`,name:`search`,variableName:`search`},{kind:`Variable`,name:`where`,variableName:`where`}],a={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{fragment:{argumentDefinitions:[e,t,n,r],kind:`Fragment`,metadata:null,name:`UsersListQuery`,selections:[{args:i,kind:`FragmentSpread`,name:`UsersList_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[n,r,t,e],kind:`Operation`,name:`UsersListQuery`,selections:[{alias:null,args:i,concreteType:`UserConnection`,kind:`LinkedField`,name:`users`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`UserEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`node`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:[o,a],storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:[a,o],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null},{kind:`ClientExtension`,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__id`,storageKey:null}]}],storageKey:null},{alias:null,args:i,filters:[`search`,`where`,`orderBy`],handle:`connection`,key:`UsersList_users`,kind:`LinkedHandle`,name:`users`}]},params:{cacheID:`9ff77555065e18c7c83bad599d09b776`,id:`503b33cb2c3bbc87f932d6ffce95e246af574576b5fe07e387b46dd61e9e1c6c`,metadata:{},name:`UsersListQuery`,operationKind:`query`,text:`query UsersListQuery(
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
    totalCountIsCapped
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
`}}})();C.hash=`d7ca2ac22611ce36676599c26694b461`;var w=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`UserRowSendEmailQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{fragment:{kind:`InlineFragment`,selections:[{args:null,kind:`FragmentSpread`,name:`SendEmailDialog_user`}],type:`User`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`user`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`UserRowSendEmailQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},n,{kind:`InlineFragment`,selections:[r,{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null},n],storageKey:null}],type:`User`,abstractKey:null}],storageKey:null}]},params:{cacheID:`5052deb9e9b9f270a2f1dcaed9220203`,id:`09966039941514093b39f2eb706d4bb74a897c51acfb6af813d3fb3a3655574d`,metadata:{},name:`UserRowSendEmailQuery`,operationKind:`query`,text:`query UserRowSendEmailQuery(
  $id: ID!
) {
  node(id: $id) {
    __typename
    ...SendEmailDialog_user
    id
  }
}

fragment SendEmailDialog_user on User {
  id
  email
  emailAliases {
    email
    confirmedAt
    id
  }
}
`}}})();w.hash=`6cb1c47260c5ccd583850c9bf24e875c`;var T=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`connections`},t={defaultValue:null,kind:`LocalArgument`,name:`input`},n=[{kind:`Variable`,name:`input`,variableName:`input`}],r={alias:null,args:null,kind:`ScalarField`,name:`deletedID`,storageKey:null};return{fragment:{argumentDefinitions:[e,t],kind:`Fragment`,metadata:null,name:`UserRowDeleteMutation`,selections:[{alias:null,args:n,concreteType:`DeleteUserPayload`,kind:`LinkedField`,name:`deleteUser`,plural:!1,selections:[r],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[t,e],kind:`Operation`,name:`UserRowDeleteMutation`,selections:[{alias:null,args:n,concreteType:`DeleteUserPayload`,kind:`LinkedField`,name:`deleteUser`,plural:!1,selections:[r,{alias:null,args:null,filters:null,handle:`deleteEdge`,key:``,kind:`ScalarHandle`,name:`deletedID`,handleArgs:[{kind:`Variable`,name:`connections`,variableName:`connections`}]}],storageKey:null}]},params:{cacheID:`46f186d5c6cad5f4605e479e4ad7480e`,id:`f9d59b6ab6955e216183290931fbcd63c8e88c98e9cf7ae8c2a967a62a0817c4`,metadata:{},name:`UserRowDeleteMutation`,operationKind:`mutation`,text:`mutation UserRowDeleteMutation(
  $input: UserIDInput!
) {
  deleteUser(input: $input) {
    deletedID
  }
}
`}}})();T.hash=`12e8072cb094429fde67a6fffffec3ad`;var E=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t={alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`UserRow_user`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:[t],storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:[e,t],storageKey:null}],type:`User`,abstractKey:null}})();E.hash=`95f523970c87c6d964d144b0835cee01`;var D=n();function O({user:e,connectionID:t,onNotice:n}){let r=(0,b.useFragment)(E,e),i=s(),l=o(`USERS_WRITE`),u=o(`USERS_DELETE`)&&i.userId!==r.id,d=o(`USERS_EMAIL`),[_,v]=(0,y.useState)(!1),[x,S]=(0,y.useState)(!1),[C,w]=(0,y.useState)([]),[O,A]=(0,b.useMutation)(T),j=h(r),M=`${m[r.status]??r.status}${r.locked?`, locked`:``}`;return(0,D.jsxs)(`tr`,{title:`${j}: ${M}; role ${r.role.name}`,children:[(0,D.jsx)(`td`,{children:(0,D.jsx)(a,{to:`/admin/users/${r.id}`,children:r.email})}),(0,D.jsx)(`td`,{children:[r.firstName,r.lastName].filter(Boolean).join(` `)||(0,D.jsx)(`span`,{className:`muted`,children:`—`})}),(0,D.jsx)(`td`,{children:(0,D.jsx)(`span`,{className:p(r.status,r.locked),children:M})}),(0,D.jsx)(`td`,{children:r.role.name}),(0,D.jsx)(`td`,{children:r.customers?.map(e=>e.name).join(`, `)||(0,D.jsx)(`span`,{className:`muted`,children:`—`})}),(0,D.jsx)(`td`,{children:g(r.createdAt)}),(0,D.jsx)(`td`,{children:g(r.lastActiveAt)}),(0,D.jsxs)(`td`,{className:`row-actions`,children:[d&&(0,D.jsx)(`button`,{type:`button`,className:`link-button`,"aria-label":`Send an email to ${j}`,onClick:()=>S(!0),children:`Email`}),l&&(0,D.jsx)(a,{to:`/admin/users/${r.id}/edit`,"aria-label":`Edit ${j}`,children:`Edit`}),u&&(0,D.jsx)(`button`,{type:`button`,className:`link-button danger-link`,"aria-label":`Delete ${j}`,onClick:()=>v(!0),children:`Delete`}),(0,D.jsx)(f,{title:`Delete user`,open:_,danger:!0,pending:A,error:C,confirmLabel:`Delete ${j}`,message:(0,D.jsxs)(`p`,{children:[`Delete `,(0,D.jsx)(`strong`,{children:j}),` (`,r.email,`) and all their data? Their history goes too; only the newsletter subscription stays. This cannot be undone.`]}),onConfirm:()=>O({variables:{input:{id:r.id},connections:[t]},onCompleted:()=>{v(!1),n(`${j} was deleted`)},onError:e=>w(c(e).general)}),onClose:()=>{v(!1),w([])}}),x&&(0,D.jsx)(y.Suspense,{fallback:null,children:(0,D.jsx)(k,{id:r.id,onClose:()=>S(!1),onDone:e=>{S(!1),n(e)}})})]})]})}function k({id:e,onClose:t,onDone:n}){let r=(0,b.useLazyLoadQuery)(w,{id:e},{fetchPolicy:`store-or-network`});return r.node?.user?(0,D.jsx)(_,{open:!0,user:r.node.user,onClose:t,onDone:n}):null}var A=[{field:`EMAIL`,label:`Email`},{field:`LAST_NAME`,label:`Name`},{field:`CREATED_AT`,label:`Created`},{field:`LAST_ACTIVE_AT`,label:`Last active`}],j=25;function M(e){return new Date(`${e}T00:00:00`).toISOString()}function N(e){let t={};return e.status&&(t.status=e.status),e.roleID&&(t.hasRoleWith=[{id:e.roleID}]),e.customerID&&(t.hasCustomersWith=[{id:e.customerID}]),e.locked&&(t.locked=e.locked===`true`),e.invitationExpired&&(t.invitationExpired=e.invitationExpired===`true`),e.activeAfter&&(t.lastActiveAtGTE=M(e.activeAfter)),e.activeBefore&&(t.lastActiveAtLT=M(e.activeBefore)),{search:e.search.trim()||null,where:t,orderBy:{field:e.order.field,direction:e.order.direction},first:j}}function P({filters:e,onOrder:t}){let n=(0,b.useLazyLoadQuery)(C,N(e),{fetchPolicy:`store-and-network`}),{data:i,loadNext:a,hasNext:o,isLoadingNext:s}=(0,b.usePaginationFragment)(S,n),[c,l]=(0,y.useState)(``),u=i.users,d=u.edges?.flatMap(e=>e?.node?[e.node]:[])??[],f=n=>{t({field:n,direction:e.order.field===n&&e.order.direction===`ASC`?`DESC`:`ASC`})},p=t=>e.order.field===t?e.order.direction===`ASC`?`ascending`:`descending`:void 0;return(0,D.jsxs)(`div`,{children:[(0,D.jsxs)(`p`,{className:`muted`,"aria-live":`polite`,children:[u.totalCount===0?`No users match.`:`Showing ${d.length.toLocaleString()} of ${u.totalCount.toLocaleString()}${u.totalCountIsCapped?`+`:``} users`,c&&` — ${c}`]}),(0,D.jsxs)(`table`,{children:[(0,D.jsx)(`thead`,{children:(0,D.jsxs)(`tr`,{children:[A.slice(0,2).map(t=>(0,D.jsx)(`th`,{"aria-sort":p(t.field),children:(0,D.jsxs)(`button`,{type:`button`,onClick:()=>f(t.field),children:[t.label,` `,F(e,t.field)]})},t.field)),(0,D.jsx)(`th`,{children:`Status`}),(0,D.jsx)(`th`,{children:`Role`}),(0,D.jsx)(`th`,{children:`Customers`}),A.slice(2).map(t=>(0,D.jsx)(`th`,{"aria-sort":p(t.field),children:(0,D.jsxs)(`button`,{type:`button`,onClick:()=>f(t.field),children:[t.label,` `,F(e,t.field)]})},t.field)),(0,D.jsx)(`th`,{children:(0,D.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,D.jsx)(`tbody`,{children:d.map(e=>(0,D.jsx)(O,{user:e,connectionID:u.__id,onNotice:l},e.id))})]}),(0,D.jsxs)(`div`,{className:`pager`,children:[o&&(0,D.jsx)(`button`,{type:`button`,disabled:s,onClick:()=>a(j),children:s?`Loading…`:`Show ${j} more`}),s&&(0,D.jsx)(r,{})]})]})}function F(e,t){return e.order.field===t?e.order.direction===`ASC`?`▲`:`▼`:``}var I={search:``,status:``,roleID:``,customerID:``,locked:``,invitationExpired:``,activeAfter:``,activeBefore:``,order:{field:`CREATED_AT`,direction:`DESC`}};function L(){let e=(0,b.useLazyLoadQuery)(v,{},{fetchPolicy:`store-and-network`}),t=o(`USERS_WRITE`),[n,i]=(0,y.useState)(I),s=d(n.search,300),c=(0,y.useDeferredValue)({...n,search:s}),f=e=>i(t=>({...t,...e})),p=e.roles.edges?.flatMap(e=>e?.node?[e.node]:[])??[],m=e.customers.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,D.jsxs)(`div`,{children:[(0,D.jsxs)(`div`,{className:`actions`,style:{justifyContent:`space-between`,alignItems:`center`},children:[(0,D.jsx)(`h1`,{style:{margin:0},children:`Users`}),t&&(0,D.jsx)(a,{to:`/admin/users/new`,className:`button-link`,children:`Create user`})]}),(0,D.jsxs)(`form`,{className:`toolbar`,role:`search`,onSubmit:e=>e.preventDefault(),children:[(0,D.jsx)(l,{label:`Search`,type:`search`,placeholder:`Email, name or alias`,value:n.search,onChange:e=>f({search:e.target.value})}),(0,D.jsxs)(u,{label:`Status`,value:n.status,onChange:e=>f({status:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`Any`}),(0,D.jsx)(`option`,{value:`CONFIRMED`,children:`Confirmed`}),(0,D.jsx)(`option`,{value:`CONFIRMATION_PENDING`,children:`Confirmation pending`}),(0,D.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,D.jsx)(`option`,{value:`ACCOUNT_DATA`,children:`Account data`})]}),(0,D.jsxs)(u,{label:`Role`,value:n.roleID,onChange:e=>f({roleID:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`Any`}),p.map(e=>(0,D.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,D.jsxs)(u,{label:`Customer`,value:n.customerID,onChange:e=>f({customerID:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`Any`}),m.map(e=>(0,D.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,D.jsxs)(u,{label:`Locked`,value:n.locked,onChange:e=>f({locked:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`Any`}),(0,D.jsx)(`option`,{value:`true`,children:`Locked`}),(0,D.jsx)(`option`,{value:`false`,children:`Not locked`})]}),(0,D.jsxs)(u,{label:`Invitation`,value:n.invitationExpired,onChange:e=>f({invitationExpired:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`Any`}),(0,D.jsx)(`option`,{value:`true`,children:`Expired`}),(0,D.jsx)(`option`,{value:`false`,children:`Valid`})]}),(0,D.jsx)(l,{label:`Active after`,type:`date`,value:n.activeAfter,onChange:e=>f({activeAfter:e.target.value})}),(0,D.jsx)(l,{label:`Active before`,type:`date`,value:n.activeBefore,onChange:e=>f({activeBefore:e.target.value})}),(0,D.jsx)(`button`,{type:`button`,onClick:()=>i(I),children:`Clear filters`})]}),(0,D.jsx)(y.Suspense,{fallback:(0,D.jsx)(r,{}),children:(0,D.jsx)(P,{filters:c,onOrder:e=>f({order:e})})})]})}export{L as default};