import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{a as r,c as i,l as a,s as o}from"./console-r4Nmzg1r.js";import{n as s,r as c}from"./Field-D6cd9lqZ.js";import{r as l,t as u}from"./format-C_jl0jrM.js";var d=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`OutgoingMailPayload`,kind:`LinkedField`,name:`redeliverMail`,plural:!1,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`mail`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`OutboxScreenRedeliverMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`OutboxScreenRedeliverMutation`,selections:t},params:{cacheID:`f6474e611060179e67adb7068c337ed3`,id:`9d3e90592a73b17f5f5ad83d2880e6466705c0fb6e6beba62315409c4b8924f5`,metadata:{},name:`OutboxScreenRedeliverMutation`,operationKind:`mutation`,text:`mutation OutboxScreenRedeliverMutation(
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
`}}})();d.hash=`2aff5727ea422260f1192f4476412dc2`;var f=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],t={kind:`Variable`,name:`after`,variableName:`after`},n={kind:`Variable`,name:`first`,variableName:`first`},r={kind:`Variable`,name:`where`,variableName:`where`},i=[t,n,{kind:`Literal`,name:`orderBy`,value:{direction:`DESC`,field:`CREATED_AT`}},r],a={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`OutboxScreenPaginationQuery`,selections:[{args:[t,n,r],kind:`FragmentSpread`,name:`OutboxScreen_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`OutboxScreenPaginationQuery`,selections:[{alias:null,args:i,concreteType:`OutgoingMailConnection`,kind:`LinkedField`,name:`outgoingMails`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`OutgoingMailEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`node`,plural:!1,selections:[a,{alias:null,args:null,kind:`ScalarField`,name:`template`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`to`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`subject`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[a],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:i,filters:[`where`],handle:`connection`,key:`OutboxScreen_outgoingMails`,kind:`LinkedHandle`,name:`outgoingMails`}]},params:{cacheID:`aa12e9ea58bbbd50132082aabbeb33a1`,id:`17293b208907138ea5632c2f53ee7ca6eb362e1af897b952f1be6bd8d1af01a8`,metadata:{},name:`OutboxScreenPaginationQuery`,operationKind:`query`,text:`query OutboxScreenPaginationQuery(
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
`}}})();f.hash=`35ac61411e83d78acf80373ab91bc447`;var p=(function(){var e=[`outgoingMails`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`where`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[],operation:f}},name:`OutboxScreen_query`,selections:[{alias:`outgoingMails`,args:[{kind:`Variable`,name:`where`,variableName:`where`}],concreteType:`OutgoingMailConnection`,kind:`LinkedField`,name:`__OutboxScreen_outgoingMails_connection`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`OutgoingMailEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`template`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`to`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`subject`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[t],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null}],type:`Query`,abstractKey:null}})();p.hash=`35ac61411e83d78acf80373ab91bc447`;var m=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`where`}],t={kind:`Variable`,name:`where`,variableName:`where`},n=[{kind:`Literal`,name:`first`,value:25},{kind:`Literal`,name:`orderBy`,value:{direction:`DESC`,field:`CREATED_AT`}},t],r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`OutboxScreenQuery`,selections:[{args:[t],kind:`FragmentSpread`,name:`OutboxScreen_query`}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`OutboxScreenQuery`,selections:[{alias:null,args:n,concreteType:`OutgoingMailConnection`,kind:`LinkedField`,name:`outgoingMails`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`totalCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`totalCountIsCapped`,storageKey:null},{alias:null,args:null,concreteType:`OutgoingMailEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`OutgoingMail`,kind:`LinkedField`,name:`node`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`template`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`to`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`subject`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`sentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[r],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:n,filters:[`where`],handle:`connection`,key:`OutboxScreen_outgoingMails`,kind:`LinkedHandle`,name:`outgoingMails`}]},params:{cacheID:`058329cff3998521b904b6c7f2d75258`,id:`b7cdef2e5d856f4250467e0eb6ce8a6ad42e06ff4d3ad052057a74abc7a99bdc`,metadata:{},name:`OutboxScreenQuery`,operationKind:`query`,text:`query OutboxScreenQuery(
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
`}}})();m.hash=`17751a82c24d10579a1f185f0abc6e83`;var h=e(t(),1),g=i(),_=n();function v(){let[e,t]=(0,h.useState)(``);return(0,_.jsxs)(`div`,{children:[(0,_.jsx)(`h1`,{children:`Mail outbox`}),(0,_.jsx)(`div`,{className:`toolbar`,children:(0,_.jsxs)(c,{label:`Status`,value:e,onChange:e=>t(e.target.value),children:[(0,_.jsx)(`option`,{value:``,children:`Any`}),(0,_.jsx)(`option`,{value:`PENDING`,children:`Pending`}),(0,_.jsx)(`option`,{value:`SENT`,children:`Sent`}),(0,_.jsx)(`option`,{value:`DEAD`,children:`Dead`})]})}),(0,_.jsx)(h.Suspense,{fallback:(0,_.jsx)(r,{}),children:(0,_.jsx)(y,{status:e||null})})]})}function y({status:e}){let t=(0,g.useLazyLoadQuery)(m,{where:e?{status:e}:{}},{fetchPolicy:`store-and-network`}),{data:n,loadNext:r,hasNext:i,isLoadingNext:c}=(0,g.usePaginationFragment)(p,t),[f,v]=(0,h.useState)([]),[y,b]=(0,g.useMutation)(d),x=n.outgoingMails.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,_.jsxs)(_.Fragment,{children:[(0,_.jsxs)(`p`,{className:`muted`,children:[`${n.outgoingMails.totalCount.toLocaleString()}${n.outgoingMails.totalCountIsCapped?`+`:``}`,` mails. Sent mails keep no body.`]}),(0,_.jsx)(s,{messages:f}),(0,_.jsxs)(`table`,{children:[(0,_.jsx)(`thead`,{children:(0,_.jsxs)(`tr`,{children:[(0,_.jsx)(`th`,{children:`Created`}),(0,_.jsx)(`th`,{children:`To`}),(0,_.jsx)(`th`,{children:`Subject`}),(0,_.jsx)(`th`,{children:`Kind`}),(0,_.jsx)(`th`,{children:`Status`}),(0,_.jsx)(`th`,{children:(0,_.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,_.jsx)(`tbody`,{children:x.map(e=>(0,_.jsxs)(`tr`,{children:[(0,_.jsx)(`td`,{children:l(e.createdAt)}),(0,_.jsx)(`td`,{children:e.user?(0,_.jsx)(a,{to:`/admin/users/${e.user.id}`,children:e.to}):e.to}),(0,_.jsx)(`td`,{children:e.subject}),(0,_.jsx)(`td`,{children:e.template}),(0,_.jsxs)(`td`,{children:[(0,_.jsx)(`span`,{className:e.status===`SENT`?`badge ok`:e.status===`DEAD`?`badge danger`:`badge warn`,children:e.status}),` `,e.status===`SENT`?l(e.sentAt):u(e.attemptCount),e.lastError&&(0,_.jsx)(`div`,{className:`field-error`,children:e.lastError})]}),(0,_.jsx)(`td`,{children:e.status!==`SENT`&&(0,_.jsx)(`button`,{type:`button`,disabled:b,"aria-label":`Send the mail to ${e.to} again`,onClick:()=>y({variables:{input:{id:e.id}},onError:e=>v(o(e).general)}),children:`Send again`})})]},e.id))})]}),i&&(0,_.jsx)(`div`,{className:`pager`,children:(0,_.jsx)(`button`,{type:`button`,disabled:c,onClick:()=>r(25),children:`Show older mails`})})]})}export{v as default};