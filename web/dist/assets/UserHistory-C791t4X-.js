import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{a as r,c as i,f as a,l as o}from"./console-r4Nmzg1r.js";import{a as s,t as c}from"./Field-D6cd9lqZ.js";import{n as l}from"./format-C_jl0jrM.js";import{t as u}from"./useDebounced-CmV6SzfE.js";import{t as d}from"./AuditEntryRow-B4GCOF9C.js";var f=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`after`},t={defaultValue:25,kind:`LocalArgument`,name:`first`},n={defaultValue:null,kind:`LocalArgument`,name:`hideUnchanged`},r={defaultValue:null,kind:`LocalArgument`,name:`id`},i={defaultValue:null,kind:`LocalArgument`,name:`search`},a=[{kind:`Variable`,name:`id`,variableName:`id`}],o=[{kind:`Variable`,name:`after`,variableName:`after`},{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`hideUnchanged`,variableName:`hideUnchanged`},{kind:`Variable`,name:`search`,variableName:`search`}],s={alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},l=[c,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}];return{fragment:{argumentDefinitions:[e,t,n,r,i],kind:`Fragment`,metadata:null,name:`UserHistoryPaginationQuery`,selections:[{alias:null,args:a,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{args:o,kind:`FragmentSpread`,name:`UserHistory_user`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[e,t,n,i,r],kind:`Operation`,name:`UserHistoryPaginationQuery`,selections:[{alias:null,args:a,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[s,c,{kind:`InlineFragment`,selections:[{alias:null,args:o,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`history`,plural:!1,selections:[{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`subjectID`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`property`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`oldValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`newValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`authorLabel`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`authorUser`,plural:!1,selections:l,storageKey:null},{alias:null,args:null,concreteType:`APIKey`,kind:`LinkedField`,name:`authorAPIKey`,plural:!1,selections:[c,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},s],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:o,filters:[`search`,`hideUnchanged`],handle:`connection`,key:`UserHistory_history`,kind:`LinkedHandle`,name:`history`}],type:`User`,abstractKey:null}],storageKey:null}]},params:{cacheID:`87b20ab0615269089736b40e3cbfe047`,id:`1ad3aeb5444e86b9f46faf2739a96345a4369c69c92bbb2bbb2e3209d9087370`,metadata:{},name:`UserHistoryPaginationQuery`,operationKind:`query`,text:`query UserHistoryPaginationQuery(
  $after: Cursor
  $first: Int = 25
  $hideUnchanged: Boolean!
  $search: String
  $id: ID!
) {
  node(id: $id) {
    __typename
    ...UserHistory_user_3PUobx
    id
  }
}

fragment AuditEntryRow_entry on AuditEntry {
  id
  subjectID
  property
  oldValue
  newValue
  source
  authorLabel
  createdAt
  user {
    id
    email
  }
  authorUser {
    id
    email
  }
  authorAPIKey {
    id
    name
  }
}

fragment UserHistory_user_3PUobx on User {
  history(search: $search, hideUnchanged: $hideUnchanged, first: $first, after: $after) {
    edges {
      node {
        id
        ...AuditEntryRow_entry
        __typename
      }
      cursor
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
  id
}
`}}})();f.hash=`d57624366084ad061ce42ea6309578da`;var p=(function(){var e=[`history`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`hideUnchanged`},{defaultValue:null,kind:`LocalArgument`,name:`search`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[`node`],operation:f,identifierInfo:{identifierField:`id`,identifierQueryVariableName:`id`}}},name:`UserHistory_user`,selections:[{alias:`history`,args:[{kind:`Variable`,name:`hideUnchanged`,variableName:`hideUnchanged`},{kind:`Variable`,name:`search`,variableName:`search`}],concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`__UserHistory_history_connection`,plural:!1,selections:[{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{args:null,kind:`FragmentSpread`,name:`AuditEntryRow_entry`},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},t],type:`User`,abstractKey:null}})();p.hash=`d57624366084ad061ce42ea6309578da`;var m=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`hideUnchanged`},t={defaultValue:null,kind:`LocalArgument`,name:`id`},n={defaultValue:null,kind:`LocalArgument`,name:`search`},r=[{kind:`Variable`,name:`id`,variableName:`id`}],i={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},a={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},c={kind:`Variable`,name:`hideUnchanged`,variableName:`hideUnchanged`},l={kind:`Variable`,name:`search`,variableName:`search`},u={alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},d=[{kind:`Literal`,name:`first`,value:25},c,l],f=[i,a];return{fragment:{argumentDefinitions:[e,t,n],kind:`Fragment`,metadata:null,name:`UserHistoryQuery`,selections:[{alias:null,args:r,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{kind:`InlineFragment`,selections:[i,a,o,s],type:`User`,abstractKey:null},{fragment:{kind:`InlineFragment`,selections:[{args:[c,l],kind:`FragmentSpread`,name:`UserHistory_user`}],type:`User`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`history`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[t,n,e],kind:`Operation`,name:`UserHistoryQuery`,selections:[{alias:null,args:r,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[u,i,{kind:`InlineFragment`,selections:[a,o,s],type:`User`,abstractKey:null},{kind:`InlineFragment`,selections:[{alias:null,args:d,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`history`,plural:!1,selections:[{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`subjectID`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`property`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`oldValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`newValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`authorLabel`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:f,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`authorUser`,plural:!1,selections:f,storageKey:null},{alias:null,args:null,concreteType:`APIKey`,kind:`LinkedField`,name:`authorAPIKey`,plural:!1,selections:[i,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},u],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:d,filters:[`search`,`hideUnchanged`],handle:`connection`,key:`UserHistory_history`,kind:`LinkedHandle`,name:`history`}],type:`User`,abstractKey:null}],storageKey:null}]},params:{cacheID:`6d159da026a28050316bbd29e7c71d80`,id:`183aa850602e79af546ad0886ccc8ecd834483aa360bbba5326f671f93e0de8f`,metadata:{},name:`UserHistoryQuery`,operationKind:`query`,text:`query UserHistoryQuery(
  $id: ID!
  $search: String
  $hideUnchanged: Boolean!
) {
  node(id: $id) {
    __typename
    ... on User {
      id
      email
      firstName
      lastName
    }
    ...UserHistory_user_e7k5x
    id
  }
}

fragment AuditEntryRow_entry on AuditEntry {
  id
  subjectID
  property
  oldValue
  newValue
  source
  authorLabel
  createdAt
  user {
    id
    email
  }
  authorUser {
    id
    email
  }
  authorAPIKey {
    id
    name
  }
}

fragment UserHistory_user_e7k5x on User {
  history(search: $search, hideUnchanged: $hideUnchanged, first: 25) {
    edges {
      node {
        id
        ...AuditEntryRow_entry
        __typename
      }
      cursor
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
  id
}
`}}})();m.hash=`c17a3ab700e726c42b2cf09ebc46f17c`;var h=e(t(),1),g=i(),_=n();function v(){let{id:e=``}=a(),[t,n]=(0,h.useState)(``),[i,o]=(0,h.useState)(!1),l=u(t,300),d=(0,h.useDeferredValue)({id:e,search:l.trim()||null,hideUnchanged:i});return(0,_.jsxs)(`div`,{children:[(0,_.jsxs)(`form`,{className:`toolbar`,role:`search`,onSubmit:e=>e.preventDefault(),children:[(0,_.jsx)(s,{label:`Search the history`,type:`search`,value:t,onChange:e=>n(e.target.value),placeholder:`Property or value`}),(0,_.jsx)(c,{label:`Hide entries without changes`,checked:i,onChange:e=>o(e.target.checked)})]}),(0,_.jsx)(h.Suspense,{fallback:(0,_.jsx)(r,{}),children:(0,_.jsx)(y,{variables:d})})]})}function y({variables:e}){let t=(0,g.useLazyLoadQuery)(m,e,{fetchPolicy:`store-and-network`}).node;return!t||!t.id||!t.history?(0,_.jsx)(`p`,{children:`There is no user with this ID you may see.`}):(0,_.jsxs)(_.Fragment,{children:[(0,_.jsx)(`p`,{children:(0,_.jsxs)(o,{to:`/admin/users/${t.id}`,children:[`← `,l(t)]})}),(0,_.jsxs)(`h1`,{children:[`History of `,l(t)]}),(0,_.jsx)(b,{user:t.history})]})}function b({user:e}){let{data:t,loadNext:n,hasNext:r,isLoadingNext:i}=(0,g.usePaginationFragment)(p,e),a=t.history?.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,_.jsxs)(_.Fragment,{children:[a.length===0?(0,_.jsx)(`p`,{className:`muted`,children:`No entries match.`}):(0,_.jsxs)(`table`,{children:[(0,_.jsx)(`thead`,{children:(0,_.jsxs)(`tr`,{children:[(0,_.jsx)(`th`,{children:`Time`}),(0,_.jsx)(`th`,{children:`Property`}),(0,_.jsx)(`th`,{children:`New value`}),(0,_.jsx)(`th`,{children:`Old value`}),(0,_.jsx)(`th`,{children:`Source`}),(0,_.jsx)(`th`,{children:`Author`})]})}),(0,_.jsx)(`tbody`,{children:a.map(e=>(0,_.jsx)(d,{entry:e},e.id))})]}),(0,_.jsx)(`div`,{className:`pager`,children:r&&(0,_.jsx)(`button`,{type:`button`,disabled:i,onClick:()=>n(25),children:i?`Loading…`:`Show older entries`})})]})}export{v as default};