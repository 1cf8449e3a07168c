import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{a as r,c as i}from"./console-r4Nmzg1r.js";import{a,r as o}from"./Field-D6cd9lqZ.js";import{t as s}from"./useDebounced-CmV6SzfE.js";import{t as c}from"./AuditEntryRow-B4GCOF9C.js";var l=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],t={kind:`Variable`,name:`after`,variableName:`after`},n={kind:`Variable`,name:`first`,variableName:`first`},r={kind:`Variable`,name:`where`,variableName:`where`},i=[t,n,{kind:`Literal`,name:`orderBy`,value:{direction:`DESC`,field:`CREATED_AT`}},r],a={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},o=[a,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditLogScreenPaginationQuery`,selections:[{args:[t,n,r],kind:`FragmentSpread`,name:`AuditLogScreen_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditLogScreenPaginationQuery`,selections:[{alias:null,args:i,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditEntries`,plural:!1,selections:[{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`subjectID`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`property`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`oldValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`newValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`authorLabel`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`authorUser`,plural:!1,selections:o,storageKey:null},{alias:null,args:null,concreteType:`APIKey`,kind:`LinkedField`,name:`authorAPIKey`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:i,filters:[`where`],handle:`connection`,key:`AuditLogScreen_auditEntries`,kind:`LinkedHandle`,name:`auditEntries`}]},params:{cacheID:`47240cbf8e37979057d39428c170d16f`,id:`90568285dd40a6b38cd1dfc81eefd8de29f61273c5160599eb2341b6c7b6607c`,metadata:{},name:`AuditLogScreenPaginationQuery`,operationKind:`query`,text:`query AuditLogScreenPaginationQuery(
  $after: Cursor
  $first: Int = 25
  $where: AuditEntryWhereInput
) {
  ...AuditLogScreen_query_3sueo6
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

fragment AuditLogScreen_query_3sueo6 on Query {
  auditEntries(first: $first, after: $after, where: $where, orderBy: {field: CREATED_AT, direction: DESC}) {
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
}
`}}})();l.hash=`94a7ea544462b721b4fb33a4f11f017f`;var u=(function(){var e=[`auditEntries`];return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:l}},name:`AuditLogScreen_query`,selections:[{alias:`auditEntries`,args:[{kind:`Variable`,name:`where`,variableName:`where`}],concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`__AuditLogScreen_auditEntries_connection`,plural:!1,selections:[{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{args:null,kind:`FragmentSpread`,name:`AuditEntryRow_entry`},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();u.hash=`94a7ea544462b721b4fb33a4f11f017f`;var d=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`where`}],t={kind:`Variable`,name:`where`,variableName:`where`},n=[{kind:`Literal`,name:`first`,value:25},{kind:`Literal`,name:`orderBy`,value:{direction:`DESC`,field:`CREATED_AT`}},t],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i=[r,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`AuditLogScreenQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`AuditLogScreen_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`AuditLogScreenQuery`,selections:[{alias:null,args:n,concreteType:`AuditEntryConnection`,kind:`LinkedField`,name:`auditEntries`,plural:!1,selections:[{alias:null,args:null,concreteType:`AuditEntryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`AuditEntry`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`subjectID`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`property`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`oldValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`newValue`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`authorLabel`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`authorUser`,plural:!1,selections:i,storageKey:null},{alias:null,args:null,concreteType:`APIKey`,kind:`LinkedField`,name:`authorAPIKey`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`where`],handle:`connection`,key:`AuditLogScreen_auditEntries`,kind:`LinkedHandle`,name:`auditEntries`}]},params:{cacheID:`914f74ce2f29a7a4fe35236f63a6508c`,id:`02bf127257991e338276082a1636c38e0b4aa756cf3f785493b56feed853167a`,metadata:{},name:`AuditLogScreenQuery`,operationKind:`query`,text:`query AuditLogScreenQuery(
  $where: AuditEntryWhereInput
) {
  ...AuditLogScreen_query_3FC4Qo
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

fragment AuditLogScreen_query_3FC4Qo on Query {
  auditEntries(first: 25, where: $where, orderBy: {field: CREATED_AT, direction: DESC}) {
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
}
`}}})();d.hash=`82296d2f36abf9c1a456bd1786483a71`;var f=e(t(),1),p=i(),m=n(),h={property:``,source:``,subjectID:``,after:``,before:``};function g(e){let t={};return e.property.trim()&&(t.propertyContainsFold=e.property.trim()),e.source&&(t.source=e.source),e.subjectID.trim()&&(t.subjectID=e.subjectID.trim()),e.after&&(t.createdAtGTE=new Date(`${e.after}T00:00:00`).toISOString()),e.before&&(t.createdAtLT=new Date(`${e.before}T00:00:00`).toISOString()),t}function _(){let[e,t]=(0,f.useState)(h),n=s(e.property,300),i=s(e.subjectID,300),c=(0,f.useDeferredValue)(g({...e,property:n,subjectID:i})),l=e=>t(t=>({...t,...e}));return(0,m.jsxs)(`div`,{children:[(0,m.jsx)(`h1`,{children:`Audit log`}),(0,m.jsxs)(`form`,{className:`toolbar`,role:`search`,onSubmit:e=>e.preventDefault(),children:[(0,m.jsx)(a,{label:`Property`,value:e.property,onChange:e=>l({property:e.target.value}),placeholder:`e.g. last_name`}),(0,m.jsxs)(o,{label:`Source`,value:e.source,onChange:e=>l({source:e.target.value}),children:[(0,m.jsx)(`option`,{value:``,children:`Any`}),(0,m.jsx)(`option`,{value:`PROFILE`,children:`Self-service`}),(0,m.jsx)(`option`,{value:`ADMIN`,children:`Admin`}),(0,m.jsx)(`option`,{value:`API`,children:`API`}),(0,m.jsx)(`option`,{value:`SYSTEM`,children:`System`})]}),(0,m.jsx)(a,{label:`User ID`,value:e.subjectID,onChange:e=>l({subjectID:e.target.value}),placeholder:`usr_…`}),(0,m.jsx)(a,{label:`From`,type:`date`,value:e.after,onChange:e=>l({after:e.target.value})}),(0,m.jsx)(a,{label:`Before`,type:`date`,value:e.before,onChange:e=>l({before:e.target.value})}),(0,m.jsx)(`button`,{type:`button`,onClick:()=>t(h),children:`Clear filters`})]}),(0,m.jsx)(f.Suspense,{fallback:(0,m.jsx)(r,{}),children:(0,m.jsx)(v,{where:c})})]})}function v({where:e}){let t=(0,p.useLazyLoadQuery)(d,{where:e},{fetchPolicy:`store-and-network`}),{data:n,loadNext:r,hasNext:i,isLoadingNext:a}=(0,p.usePaginationFragment)(u,t),o=n.auditEntries.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,m.jsxs)(m.Fragment,{children:[o.length===0?(0,m.jsx)(`p`,{className:`muted`,children:`No entries match.`}):(0,m.jsxs)(`table`,{children:[(0,m.jsx)(`thead`,{children:(0,m.jsxs)(`tr`,{children:[(0,m.jsx)(`th`,{children:`Time`}),(0,m.jsx)(`th`,{children:`User`}),(0,m.jsx)(`th`,{children:`Property`}),(0,m.jsx)(`th`,{children:`New value`}),(0,m.jsx)(`th`,{children:`Old value`}),(0,m.jsx)(`th`,{children:`Source`}),(0,m.jsx)(`th`,{children:`Author`})]})}),(0,m.jsx)(`tbody`,{children:o.map(e=>(0,m.jsx)(c,{entry:e,showSubject:!0},e.id))})]}),i&&(0,m.jsx)(`div`,{className:`pager`,children:(0,m.jsx)(`button`,{type:`button`,disabled:a,onClick:()=>r(25),children:`Show older entries`})})]})}export{_ as default};