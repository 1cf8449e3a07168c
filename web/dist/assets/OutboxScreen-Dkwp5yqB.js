import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{a as r,c as i,l as a,s as o}from"./console-CqLTuyb4.js";import{n as s,r as c}from"./Field-D6cd9lqZ.js";import{n as l}from"./format-D8Mulce_.js";var u=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`OutgoingMailPayload`,kind:`LinkedField`,name:`redeliverMail`,plural:!1,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`mail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`OutboxScreenRedeliverMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`OutboxScreenRedeliverMutation`,selections:t},params:{cacheID:`f6474e611060179e67adb7068c337ed3`,id:`9d3e90592a73b17f5f5ad83d2880e6466705c0fb6e6beba62315409c4b8924f5`,metadata:{},name:`OutboxScreenRedeliverMutation`,operationKind:`mutation`,text:`mutation OutboxScreenRedeliverMutation(
  $input: RedeliverMailInput!
) {
  redeliverMail(input: $input) {
    mail {
      id
      status
      nextAttemptAt
      attemptCount
    }
  }
}
`}}})();u.hash=`2aff5727ea422260f1192f4476412dc2`;var d=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],t={kind:`Variable`,name:`after`,variableName:`after`},n={kind:`Variable`,name:`first`,variableName:`first`},r={kind:`Variable`,name:`where`,variableName:`where`},i=[t,n,{kind:`Literal`,name:`orderBy`,value:{direction:`DESC`,field:`CREATED_AT`}},r],a={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`OutboxScreenPaginationQuery`,selections:[{args:[t,n,r],kind:`FragmentSpread`,name:`OutboxScreen_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`OutboxScreenPaginationQuery`,selections:[{alias:null,args:i,concreteType:`OutgoingMailConnection`,kind:`LinkedField`,name:`outgoingMails`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`OutgoingMailEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`node`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`template`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`to`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`subject`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:i,filters:[`where`],handle:`connection`,key:`OutboxScreen_outgoingMails`,kind:`LinkedHandle`,name:`outgoingMails`}]},params:{cacheID:`aa12e9ea58bbbd50132082aabbeb33a1`,id:`17293b208907138ea5632c2f53ee7ca6eb362e1af897b952f1be6bd8d1af01a8`,metadata:{},name:`OutboxScreenPaginationQuery`,operationKind:`query`,text:`query OutboxScreenPaginationQuery(
  $after: Cursor
  $first: Int = 25
  $where: OutgoingMailWhereInput
) {
  ...OutboxScreen_query_3sueo6
}

fragment OutboxScreen_query_3sueo6 on Query {
  outgoingMails(first: $first, after: $after, where: $where, orderBy: {field: CREATED_AT, direction: DESC}) {
    totalCount
    totalCountIsCapped
    edges {
      node {
        id
        template
        to
        subject
        status
        attemptCount
        nextAttemptAt
        lastError
        sentAt
        createdAt
        user {
          id
        }
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
`}}})();d.hash=`35ac61411e83d78acf80373ab91bc447`;var f=(function(){var e=[`outgoingMails`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:d}},name:`OutboxScreen_query`,selections:[{alias:`outgoingMails`,args:[{kind:`Variable`,name:`where`,variableName:`where`}],concreteType:`OutgoingMailConnection`,kind:`LinkedField`,name:`__OutboxScreen_outgoingMails_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`OutgoingMailEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`template`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`to`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`subject`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[t],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();f.hash=`35ac61411e83d78acf80373ab91bc447`;var p=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`where`}],t={kind:`Variable`,name:`where`,variableName:`where`},n=[{kind:`Literal`,name:`first`,value:25},{kind:`Literal`,name:`orderBy`,value:{direction:`DESC`,field:`CREATED_AT`}},t],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`OutboxScreenQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`OutboxScreen_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`OutboxScreenQuery`,selections:[{alias:null,args:n,concreteType:`OutgoingMailConnection`,kind:`LinkedField`,name:`outgoingMails`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`OutgoingMailEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`template`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`to`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`subject`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`where`],handle:`connection`,key:`OutboxScreen_outgoingMails`,kind:`LinkedHandle`,name:`outgoingMails`}]},params:{cacheID:`058329cff3998521b904b6c7f2d75258`,id:`b7cdef2e5d856f4250467e0eb6ce8a6ad42e06ff4d3ad052057a74abc7a99bdc`,metadata:{},name:`OutboxScreenQuery`,operationKind:`query`,text:`query OutboxScreenQuery(
  $where: OutgoingMailWhereInput
) {
  ...OutboxScreen_query_3FC4Qo
}

fragment OutboxScreen_query_3FC4Qo on Query {
  outgoingMails(first: 25, where: $where, orderBy: {field: CREATED_AT, direction: DESC}) {
    totalCount
    totalCountIsCapped
    edges {
      node {
        id
        template
        to
        subject
        status
        attemptCount
        nextAttemptAt
        lastError
        sentAt
        createdAt
        user {
          id
        }
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
`}}})();p.hash=`17751a82c24d10579a1f185f0abc6e83`;var m=e(t(),1),h=i(),g=n();function _(){let[e,t]=(0,m.useState)(``);return(0,g.jsxs)(`div`,{children:[(0,g.jsx)(`h1`,{children:`Mail outbox`}),(0,g.jsx)(`div`,{className:`toolbar`,children:(0,g.jsxs)(c,{label:`Status`,value:e,onChange:e=>t(e.target.value),children:[(0,g.jsx)(`option`,{value:``,children:`Any`}),(0,g.jsx)(`option`,{value:`PENDING`,children:`Pending`}),(0,g.jsx)(`option`,{value:`SENT`,children:`Sent`}),(0,g.jsx)(`option`,{value:`DEAD`,children:`Dead`})]})}),(0,g.jsx)(m.Suspense,{fallback:(0,g.jsx)(r,{}),children:(0,g.jsx)(v,{status:e||null})})]})}function v({status:e}){let t=(0,h.useLazyLoadQuery)(p,{where:e?{status:e}:{}},{fetchPolicy:`store-and-network`}),{data:n,loadNext:r,hasNext:i,isLoadingNext:c}=(0,h.usePaginationFragment)(f,t),[d,_]=(0,m.useState)([]),[v,y]=(0,h.useMutation)(u),b=n.outgoingMails.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,g.jsxs)(g.Fragment,{children:[(0,g.jsxs)(`p`,{className:`muted`,children:[`${n.outgoingMails.totalCount.toLocaleString()}${n.outgoingMails.totalCountIsCapped?`+`:``}`,` mails. Sent mails keep no body.`]}),(0,g.jsx)(s,{messages:d}),(0,g.jsxs)(`table`,{children:[(0,g.jsx)(`thead`,{children:(0,g.jsxs)(`tr`,{children:[(0,g.jsx)(`th`,{children:`Created`}),(0,g.jsx)(`th`,{children:`To`}),(0,g.jsx)(`th`,{children:`Subject`}),(0,g.jsx)(`th`,{children:`Kind`}),(0,g.jsx)(`th`,{children:`Status`}),(0,g.jsx)(`th`,{children:(0,g.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,g.jsx)(`tbody`,{children:b.map(e=>(0,g.jsxs)(`tr`,{children:[(0,g.jsx)(`td`,{children:l(e.createdAt)}),(0,g.jsx)(`td`,{children:e.user?(0,g.jsx)(a,{to:`/admin/users/${e.user.id}`,children:e.to}):e.to}),(0,g.jsx)(`td`,{children:e.subject}),(0,g.jsx)(`td`,{children:e.template}),(0,g.jsxs)(`td`,{children:[(0,g.jsx)(`span`,{className:e.status===`SENT`?`badge ok`:e.status===`DEAD`?`badge danger`:`badge warn`,children:e.status}),` `,e.status===`SENT`?l(e.sentAt):`${e.attemptCount} attempts`,e.lastError&&(0,g.jsx)(`div`,{className:`field-error`,children:e.lastError})]}),(0,g.jsx)(`td`,{children:e.status!==`SENT`&&(0,g.jsx)(`button`,{type:`button`,disabled:y,"aria-label":`Send the mail to ${e.to} again`,onClick:()=>v({variables:{input:{id:e.id}},onError:e=>_(o(e).general)}),children:`Send again`})})]},e.id))})]}),i&&(0,g.jsx)(`div`,{className:`pager`,children:(0,g.jsx)(`button`,{type:`button`,disabled:c,onClick:()=>r(25),children:`Show older mails`})})]})}export{_ as default};