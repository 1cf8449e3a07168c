import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{a as r,c as i,f as a,l as o,s}from"./console-r4Nmzg1r.js";import{t as c}from"./Dialog-D4Tub4Fv.js";import{n as l,r as u}from"./Field-D6cd9lqZ.js";import{r as d,t as f}from"./format-C_jl0jrM.js";import{SecretNotice as p}from"./WebhooksScreen-CnzrLxGO.js";var m=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`WebhookDeliveryPayload`,kind:`LinkedField`,name:`redeliverWebhook`,plural:!1,selections:[{alias:null,args:null,concreteType:`WebhookDelivery`,kind:`LinkedField`,name:`delivery`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhookDeliveriesRedeliverMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhookDeliveriesRedeliverMutation`,selections:t},params:{cacheID:`ff889c6457a98bfc45a726897ea3fb2e`,id:`92b71d3ba78e6f3d2c472b9158f361e6168e4742038c5d49aaa50fb595611be1`,metadata:{},name:`WebhookDeliveriesRedeliverMutation`,operationKind:`mutation`,text:`mutation WebhookDeliveriesRedeliverMutation(
  $input: RedeliverWebhookInput!
) {
  redeliverWebhook(input: $input) {
    delivery {
      id
      status
      nextAttemptAt
    }
  }
}
`}}})();m.hash=`573dea731c7011586b78a3d01e50f905`;var h=(function(){var e={defaultValue:null,kind:`LocalArgument`,name:`after`},t={defaultValue:25,kind:`LocalArgument`,name:`first`},n={defaultValue:null,kind:`LocalArgument`,name:`id`},r={defaultValue:null,kind:`LocalArgument`,name:`status`},i=[{kind:`Variable`,name:`id`,variableName:`id`}],a=[{kind:`Variable`,name:`after`,variableName:`after`},{kind:`Variable`,name:`first`,variableName:`first`},{kind:`Variable`,name:`status`,variableName:`status`}],o={alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null};return{fragment:{argumentDefinitions:[e,t,n,r],kind:`Fragment`,metadata:null,name:`WebhookDeliveriesPaginationQuery`,selections:[{alias:null,args:i,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{args:a,kind:`FragmentSpread`,name:`WebhookDeliveries_endpoint`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[e,t,r,n],kind:`Operation`,name:`WebhookDeliveriesPaginationQuery`,selections:[{alias:null,args:i,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[o,s,{kind:`InlineFragment`,selections:[{alias:null,args:a,concreteType:`WebhookDeliveryConnection`,kind:`LinkedField`,name:`deliveries`,plural:!1,selections:[{alias:null,args:null,concreteType:`WebhookDeliveryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`WebhookDelivery`,kind:`LinkedField`,name:`node`,plural:!1,selections:[s,{alias:null,args:null,kind:`ScalarField`,name:`eventType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`eventID`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`deliveredAt`,storageKey:null},c,{alias:null,args:null,concreteType:`WebhookAttempt`,kind:`LinkedField`,name:`attempts`,plural:!0,selections:[s,c,{alias:null,args:null,kind:`ScalarField`,name:`statusCode`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`error`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`durationMs`,storageKey:null}],storageKey:null},o],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:a,filters:[`status`],handle:`connection`,key:`WebhookDeliveries_deliveries`,kind:`LinkedHandle`,name:`deliveries`}],type:`WebhookEndpoint`,abstractKey:null}],storageKey:null}]},params:{cacheID:`e6c9bdbc7ed25bbd252f20304367abbe`,id:`d58e0271977a3e0a871e5aa0380ec9331e2630d358247b44ee4bf027c929de06`,metadata:{},name:`WebhookDeliveriesPaginationQuery`,operationKind:`query`,text:`query WebhookDeliveriesPaginationQuery(
  $after: Cursor
  $first: Int = 25
  $status: WebhookDeliveryStatus
  $id: ID!
) {
  node(id: $id) {
    __typename
    ...WebhookDeliveries_endpoint_2mP0Nu
    id
  }
}

fragment WebhookDeliveries_endpoint_2mP0Nu on WebhookEndpoint {
  deliveries(first: $first, after: $after, status: $status) {
    edges {
      node {
        id
        eventType
        eventID
        status
        attemptCount
        nextAttemptAt
        lastError
        deliveredAt
        createdAt
        attempts {
          id
          createdAt
          statusCode
          error
          durationMs
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
  id
}
`}}})();h.hash=`e7fc4f9c4d4a0a6bbdc47a221c93fcae`;var g=(function(){var e=[`deliveries`],t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n={alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null};return{argumentDefinitions:[{defaultValue:null,kind:`LocalArgument`,name:`after`},{defaultValue:25,kind:`LocalArgument`,name:`first`},{defaultValue:null,kind:`LocalArgument`,name:`status`}],kind:`Fragment`,metadata:{connection:[{count:`first`,cursor:`after`,direction:`forward`,path:e}],refetch:{connection:{forward:{count:`first`,cursor:`after`},backward:null,path:e},fragmentPathInResult:[`node`],operation:h,identifierInfo:{identifierField:`id`,identifierQueryVariableName:`id`}}},name:`WebhookDeliveries_endpoint`,selections:[{alias:`deliveries`,args:[{kind:`Variable`,name:`status`,variableName:`status`}],concreteType:`WebhookDeliveryConnection`,kind:`LinkedField`,name:`__WebhookDeliveries_deliveries_connection`,plural:!1,selections:[{alias:null,args:null,concreteType:`WebhookDeliveryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`WebhookDelivery`,kind:`LinkedField`,name:`node`,plural:!1,selections:[t,{alias:null,args:null,kind:`ScalarField`,name:`eventType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`eventID`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`deliveredAt`,storageKey:null},n,{alias:null,args:null,concreteType:`WebhookAttempt`,kind:`LinkedField`,name:`attempts`,plural:!0,selections:[t,n,{alias:null,args:null,kind:`ScalarField`,name:`statusCode`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`error`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`durationMs`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},t],type:`WebhookEndpoint`,abstractKey:null}})();g.hash=`e7fc4f9c4d4a0a6bbdc47a221c93fcae`;var _=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`RotateWebhookSecretPayload`,kind:`LinkedField`,name:`rotateWebhookSecret`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`secret`,storageKey:null},{alias:null,args:null,concreteType:`WebhookEndpoint`,kind:`LinkedField`,name:`endpoint`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`previousSecretExpiresAt`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhookDeliveriesRotateMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhookDeliveriesRotateMutation`,selections:t},params:{cacheID:`620e7ff10330f169ba539503a8dc505e`,id:`77d71a97545daa1e691934180f4be6575b48f5bb34654047777c92d6e9e10479`,metadata:{},name:`WebhookDeliveriesRotateMutation`,operationKind:`mutation`,text:`mutation WebhookDeliveriesRotateMutation(
  $input: RotateWebhookSecretInput!
) {
  rotateWebhookSecret(input: $input) {
    secret
    endpoint {
      id
      previousSecretExpiresAt
    }
  }
}
`}}})();_.hash=`9ffdad9282950efd92eab89f1d366155`;var v=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{alias:null,args:[{kind:`Variable`,name:`input`,variableName:`input`}],concreteType:`WebhookDeliveryPayload`,kind:`LinkedField`,name:`sendTestEvent`,plural:!1,selections:[{alias:null,args:null,concreteType:`WebhookDelivery`,kind:`LinkedField`,name:`delivery`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhookDeliveriesTestMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhookDeliveriesTestMutation`,selections:t},params:{cacheID:`47558c65859b3d1b67cd32cea1d346a5`,id:`55c8ff2a63a7eeabb0b6dcabc2916b3cb9924d08d9a127c43b937d71abef6aee`,metadata:{},name:`WebhookDeliveriesTestMutation`,operationKind:`mutation`,text:`mutation WebhookDeliveriesTestMutation(
  $input: SendTestEventInput!
) {
  sendTestEvent(input: $input) {
    delivery {
      id
    }
  }
}
`}}})();v.hash=`b6063f45911593bc173e8665af72c9de`;var y=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`id`},{defaultValue:null,kind:`LocalArgument`,name:`status`}],t=[{kind:`Variable`,name:`id`,variableName:`id`}],n={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`url`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`previousSecretExpiresAt`,storageKey:null},a={kind:`Variable`,name:`status`,variableName:`status`},o={alias:null,args:null,kind:`ScalarField`,name:`__typename`,storageKey:null},s=[{kind:`Literal`,name:`first`,value:25},a],c={alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`WebhookDeliveriesQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[{kind:`InlineFragment`,selections:[n,r,i],type:`WebhookEndpoint`,abstractKey:null},{fragment:{kind:`InlineFragment`,selections:[{args:[a],kind:`FragmentSpread`,name:`WebhookDeliveries_endpoint`}],type:`WebhookEndpoint`,abstractKey:null},kind:`AliasedInlineFragmentSpread`,name:`deliveries`}],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`WebhookDeliveriesQuery`,selections:[{alias:null,args:t,concreteType:null,kind:`LinkedField`,name:`node`,plural:!1,selections:[o,n,{kind:`InlineFragment`,selections:[r,i],type:`WebhookEndpoint`,abstractKey:null},{kind:`InlineFragment`,selections:[{alias:null,args:s,concreteType:`WebhookDeliveryConnection`,kind:`LinkedField`,name:`deliveries`,plural:!1,selections:[{alias:null,args:null,concreteType:`WebhookDeliveryEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`WebhookDelivery`,kind:`LinkedField`,name:`node`,plural:!1,selections:[n,{alias:null,args:null,kind:`ScalarField`,name:`eventType`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`eventID`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`attemptCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`nextAttemptAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastError`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`deliveredAt`,storageKey:null},c,{alias:null,args:null,concreteType:`WebhookAttempt`,kind:`LinkedField`,name:`attempts`,plural:!0,selections:[n,c,{alias:null,args:null,kind:`ScalarField`,name:`statusCode`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`error`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`durationMs`,storageKey:null}],storageKey:null},o],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`cursor`,storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`PageInfo`,kind:`LinkedField`,name:`pageInfo`,plural:!1,selections:[{alias:null,args:null,kind:`ScalarField`,name:`endCursor`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`hasNextPage`,storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:s,filters:[`status`],handle:`connection`,key:`WebhookDeliveries_deliveries`,kind:`LinkedHandle`,name:`deliveries`}],type:`WebhookEndpoint`,abstractKey:null}],storageKey:null}]},params:{cacheID:`fecc3a95419b8455d80f4ace2f870857`,id:`704f6cdc215d8472b2aed49f2931ee5aec7e4c011650c88ff3e7b399f2edec9e`,metadata:{},name:`WebhookDeliveriesQuery`,operationKind:`query`,text:`query WebhookDeliveriesQuery(
  $id: ID!
  $status: WebhookDeliveryStatus
) {
  node(id: $id) {
    __typename
    ... on WebhookEndpoint {
      id
      url
      previousSecretExpiresAt
    }
    ...WebhookDeliveries_endpoint_lg5YC
    id
  }
}

fragment WebhookDeliveries_endpoint_lg5YC on WebhookEndpoint {
  deliveries(first: 25, status: $status) {
    edges {
      node {
        id
        eventType
        eventID
        status
        attemptCount
        nextAttemptAt
        lastError
        deliveredAt
        createdAt
        attempts {
          id
          createdAt
          statusCode
          error
          durationMs
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
  id
}
`}}})();y.hash=`2371163c4b9d4fd0af4f6e6b9fb564ed`;var b=e(t(),1),x=i(),S=n();function C(){let{id:e=``}=a(),[t,n]=(0,b.useState)(``);return(0,S.jsxs)(`div`,{children:[(0,S.jsx)(`p`,{children:(0,S.jsx)(o,{to:`/admin/webhooks`,children:`← Webhooks`})}),(0,S.jsx)(`div`,{className:`toolbar`,children:(0,S.jsxs)(u,{label:`Status`,value:t,onChange:e=>n(e.target.value),children:[(0,S.jsx)(`option`,{value:``,children:`Any`}),(0,S.jsx)(`option`,{value:`PENDING`,children:`Pending`}),(0,S.jsx)(`option`,{value:`SUCCEEDED`,children:`Succeeded`}),(0,S.jsx)(`option`,{value:`DEAD`,children:`Dead`})]})}),(0,S.jsx)(b.Suspense,{fallback:(0,S.jsx)(r,{}),children:(0,S.jsx)(w,{id:e,status:t||null})})]})}function w({id:e,status:t}){let[n,r]=(0,b.useState)(0),i=(0,x.useLazyLoadQuery)(y,{id:e,status:t},{fetchPolicy:`store-and-network`,fetchKey:n}),[a,o]=(0,b.useState)([]),[u,f]=(0,b.useState)(``),[m,h]=(0,b.useState)(!1),[g,C]=(0,b.useState)(null),[w,E]=(0,x.useMutation)(v),[D,O]=(0,x.useMutation)(_),k=i.node;if(!k||!k.id||!k.deliveries)return(0,S.jsx)(`p`,{children:`There is no such webhook endpoint.`});let A=k.id;return(0,S.jsxs)(S.Fragment,{children:[(0,S.jsxs)(`h1`,{children:[`Deliveries to `,k.url]}),u&&(0,S.jsx)(`p`,{className:`notice`,role:`status`,children:u}),g&&(0,S.jsx)(p,{secret:g,onDone:()=>C(null)}),(0,S.jsx)(l,{messages:a}),(0,S.jsxs)(`div`,{className:`actions`,children:[(0,S.jsx)(`button`,{type:`button`,disabled:E,onClick:()=>w({variables:{input:{endpointID:A}},onCompleted:()=>{f(`A webhook.test event is queued.`),r(e=>e+1)},onError:e=>o(s(e).general)}),children:`Send test event`}),(0,S.jsx)(`button`,{type:`button`,disabled:O,onClick:()=>h(!0),children:`Rotate signing secret`}),(0,S.jsx)(`button`,{type:`button`,onClick:()=>r(e=>e+1),children:`Refresh`})]}),(0,S.jsx)(c,{title:`Rotate signing secret`,open:m,message:(0,S.jsxs)(`p`,{children:[`Sign deliveries to `,k.url,` with a new secret? The receiver must learn the new secret: the current one keeps signing alongside it for 24 hours, then stops.`]}),confirmLabel:`Rotate secret`,pending:O,onClose:()=>h(!1),onConfirm:()=>D({variables:{input:{id:A,keepPreviousForSeconds:86400}},onCompleted:e=>{h(!1),C(e.rotateWebhookSecret.secret)},onError:e=>{h(!1),o(s(e).general)}})}),k.previousSecretExpiresAt&&(0,S.jsxs)(`p`,{className:`muted`,children:[`The previous secret also signs until `,d(k.previousSecretExpiresAt),`.`]}),(0,S.jsx)(T,{endpoint:k.deliveries,onError:o})]})}function T({endpoint:e,onError:t}){let{data:n,loadNext:r,hasNext:i,isLoadingNext:a}=(0,x.usePaginationFragment)(g,e),[o,c]=(0,x.useMutation)(m),l=n.deliveries.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return l.length===0?(0,S.jsx)(`p`,{className:`muted`,children:`No deliveries.`}):(0,S.jsxs)(S.Fragment,{children:[(0,S.jsxs)(`table`,{children:[(0,S.jsx)(`thead`,{children:(0,S.jsxs)(`tr`,{children:[(0,S.jsx)(`th`,{children:`Created`}),(0,S.jsx)(`th`,{children:`Event`}),(0,S.jsx)(`th`,{children:`Status`}),(0,S.jsx)(`th`,{children:`Attempts`}),(0,S.jsx)(`th`,{children:(0,S.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,S.jsx)(`tbody`,{children:l.map(e=>(0,S.jsxs)(`tr`,{children:[(0,S.jsx)(`td`,{children:d(e.createdAt)}),(0,S.jsxs)(`td`,{children:[e.eventType,(0,S.jsx)(`div`,{className:`muted`,children:(0,S.jsx)(`code`,{children:e.eventID})})]}),(0,S.jsxs)(`td`,{children:[(0,S.jsx)(`span`,{className:e.status===`SUCCEEDED`?`badge ok`:e.status===`DEAD`?`badge danger`:`badge warn`,children:e.status}),e.status===`PENDING`&&(0,S.jsxs)(`div`,{className:`muted`,children:[`next `,d(e.nextAttemptAt)]}),e.lastError&&(0,S.jsx)(`div`,{className:`field-error`,children:e.lastError})]}),(0,S.jsx)(`td`,{children:(0,S.jsxs)(`details`,{children:[(0,S.jsx)(`summary`,{children:f(e.attemptCount)}),(0,S.jsx)(`ul`,{children:(e.attempts??[]).map(e=>(0,S.jsxs)(`li`,{children:[d(e.createdAt),`: `,e.statusCode??`no answer`,` in `,e.durationMs,` ms `,e.error&&`— ${e.error}`]},e.id))})]})}),(0,S.jsx)(`td`,{children:e.status!==`PENDING`&&(0,S.jsx)(`button`,{type:`button`,disabled:c,onClick:()=>o({variables:{input:{deliveryID:e.id}},onError:e=>t(s(e).general)}),children:`Redeliver`})})]},e.id))})]}),i&&(0,S.jsx)(`div`,{className:`pager`,children:(0,S.jsx)(`button`,{type:`button`,disabled:a,onClick:()=>r(25),children:`Show older deliveries`})})]})}export{C as default};