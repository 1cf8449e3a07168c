import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,d as i,l as a,n as o,s}from"./console-r4Nmzg1r.js";import{a as c,n as l,r as u,t as d}from"./Field-D6cd9lqZ.js";import{i as f,r as p,t as m}from"./ProfileForm-DikiR363.js";var h=(function(){var e=[{defaultValue:null,kind:`LocalArgument`,name:`input`}],t=[{kind:`Variable`,name:`input`,variableName:`input`}],n={alias:null,args:null,kind:`ScalarField`,name:`alreadyExisted`,storageKey:null},r={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},i={alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},a=[r,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],o={alias:null,args:null,kind:`ScalarField`,name:`confirmedAt`,storageKey:null};return{fragment:{argumentDefinitions:e,kind:`Fragment`,metadata:null,name:`CreateUserMutation`,selections:[{alias:null,args:t,concreteType:`CreateUserPayload`,kind:`LinkedField`,name:`createUser`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[r,{args:null,kind:`FragmentSpread`,name:`UserProfile_user`}],storageKey:null}],storageKey:null}],type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:e,kind:`Operation`,name:`CreateUserMutation`,selections:[{alias:null,args:t,concreteType:`CreateUserPayload`,kind:`LinkedField`,name:`createUser`,plural:!1,selections:[n,{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[r,i,{alias:null,args:null,kind:`ScalarField`,name:`unconfirmedEmail`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`status`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`locked`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockReason`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lockExpiresAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`lockedBy`,plural:!1,selections:[r,i],storageKey:null},{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`role`,plural:!1,selections:a,storageKey:null},{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`customers`,plural:!0,selections:a,storageKey:null},{alias:null,args:null,concreteType:`EmailAlias`,kind:`LinkedField`,name:`emailAliases`,plural:!0,selections:[r,i,o],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`blockedProfileFields`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[r,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`source`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`updatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`salutation`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`firstName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastName`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`phone`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`birthday`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`company`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`street`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`addressAddition`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`city`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`zip`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`country`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`customAttributes`,storageKey:null},o,{alias:null,args:null,kind:`ScalarField`,name:`lastConfirmedByAdminAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`acceptInvitationReturnURL`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`confirmationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationCreatedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`invitationSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`resetPasswordSentAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`passwordChangedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`signInCount`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`currentSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastSignInIP`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastActiveAt`,storageKey:null}],storageKey:null}],storageKey:null}]},params:{cacheID:`fa74940fac776b69a86c7139f46c319d`,id:`4c0f14a428f7f6238b010d52490b7cc0e92ce121c1c0c0b5a8ac06620d5dd98a`,metadata:{},name:`CreateUserMutation`,operationKind:`mutation`,text:`mutation CreateUserMutation(
  $input: CreateUserInput!
) {
  createUser(input: $input) {
    alreadyExisted
    user {
      id
      ...UserProfile_user
    }
  }
}

fragment UserProfile_user on User {
  id
  email
  unconfirmedEmail
  status
  locked
  lockedAt
  lockReason
  lockExpiresAt
  lockedBy {
    id
    email
  }
  role {
    id
    name
  }
  customers {
    id
    name
  }
  emailAliases {
    id
    email
    confirmedAt
  }
  blockedProfileFields
  newsletterSubscription {
    id
    subscribedAt
    unsubscribedAt
  }
  source
  createdAt
  updatedAt
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
  confirmedAt
  lastConfirmedByAdminAt
  acceptInvitationReturnURL
  confirmationSentAt
  invitationCreatedAt
  invitationSentAt
  resetPasswordSentAt
  passwordChangedAt
  signInCount
  currentSignInAt
  lastSignInAt
  currentSignInIP
  lastSignInIP
  lastActiveAt
}
`}}})();h.hash=`873045e24cdc1dbc46e40e72a9b2843f`;var g=(function(){var e={kind:`Literal`,name:`orderBy`,value:{direction:`ASC`,field:`NAME`}},t={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},n=[t,{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null}],r={alias:null,args:[{kind:`Literal`,name:`first`,value:100},e],concreteType:`RoleConnection`,kind:`LinkedField`,name:`roles`,plural:!1,selections:[{alias:null,args:null,concreteType:`RoleEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Role`,kind:`LinkedField`,name:`node`,plural:!1,selections:n,storageKey:null}],storageKey:null}],storageKey:`roles(first:100,orderBy:{"direction":"ASC","field":"NAME"})`},i={alias:null,args:[{kind:`Literal`,name:`first`,value:500},e],concreteType:`CustomerConnection`,kind:`LinkedField`,name:`customers`,plural:!1,selections:[{alias:null,args:null,concreteType:`CustomerEdge`,kind:`LinkedField`,name:`edges`,plural:!0,selections:[{alias:null,args:null,concreteType:`Customer`,kind:`LinkedField`,name:`node`,plural:!1,selections:n,storageKey:null}],storageKey:null}],storageKey:`customers(first:500,orderBy:{"direction":"ASC","field":"NAME"})`},a={alias:null,args:null,kind:`ScalarField`,name:`key`,storageKey:null},o={alias:null,args:null,kind:`ScalarField`,name:`label`,storageKey:null},s={alias:null,args:null,kind:`ScalarField`,name:`description`,storageKey:null},c={alias:null,args:null,kind:`ScalarField`,name:`type`,storageKey:null},l={alias:null,args:null,kind:`ScalarField`,name:`required`,storageKey:null},u={alias:null,args:null,kind:`ScalarField`,name:`allowedValues`,storageKey:null},d={alias:null,args:null,kind:`ScalarField`,name:`userEditable`,storageKey:null};return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`CreateUserQuery`,selections:[r,i,{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[a,o,s,c,l,u,d],storageKey:null}],type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`CreateUserQuery`,selections:[r,i,{alias:null,args:null,concreteType:`AttributeDefinition`,kind:`LinkedField`,name:`attributeDefinitions`,plural:!0,selections:[a,o,s,c,l,u,d,t],storageKey:null}]},params:{cacheID:`d65c95d895c99916f6c0fb27571bf484`,id:`94b2f459c5c8cb533699eba3388729c5a3a3f62f734c959fb3f937595598bc47`,metadata:{},name:`CreateUserQuery`,operationKind:`query`,text:`query CreateUserQuery {
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
`}}})();g.hash=`5c249feb46d9b6977e7360a83827949d`;var _=e(t(),1),v=r(),y=n();function b(){let e=(0,v.useLazyLoadQuery)(g,{},{fetchPolicy:`store-and-network`}),t=o(`USERS_INVITE`),n=i(),r=e.attributeDefinitions,[b]=(0,_.useState)(()=>f(null,r)),[x,S]=(0,_.useState)(b),[C,w]=(0,_.useState)(``),[T,E]=(0,_.useState)(t),[D,O]=(0,_.useState)(``),[k,A]=(0,_.useState)(new Set),[j,M]=(0,_.useState)(``),[N,P]=(0,_.useState)({fields:{},general:[]}),[F,I]=(0,v.useMutation)(h),L=e.roles.edges?.flatMap(e=>e?.node?[e.node]:[])??[],R=e.customers.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return(0,y.jsxs)(`div`,{children:[(0,y.jsx)(`p`,{children:(0,y.jsx)(a,{to:`/admin/users`,children:`← Users`})}),(0,y.jsx)(`h1`,{children:`Create user`}),(0,y.jsxs)(`form`,{onSubmit:e=>{e.preventDefault(),F({variables:{input:{email:C,sendInvitation:T,roleID:D||null,customerIDs:[...k],profile:p(b,x,r,{all:!0}),acceptInvitationReturnURL:j||null}},onCompleted:e=>{let{user:t,alreadyExisted:r}=e.createUser;n(`/admin/users/${t.id}`,{state:{notice:r?`${C} has an account already: here it is.`:void 0}})},onError:e=>{let t=s(e),n=s(e,`input.profile.`);P({fields:{...t.fields,...n.fields},general:t.general.filter(e=>!Object.values(n.fields).includes(e))})}})},noValidate:!0,className:`panel`,children:[(0,y.jsx)(l,{messages:N.general}),(0,y.jsxs)(`fieldset`,{className:`grid2`,children:[(0,y.jsx)(`legend`,{children:`Account`}),(0,y.jsx)(c,{label:`Email`,type:`email`,required:!0,value:C,onChange:e=>w(e.target.value),error:N.fields.email}),(0,y.jsxs)(u,{label:`Role`,value:D,onChange:e=>O(e.target.value),error:N.fields.roleID,hint:`Default: user`,children:[(0,y.jsx)(`option`,{value:``,children:`user (default)`}),L.map(e=>(0,y.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),t&&(0,y.jsx)(d,{label:`Send an invitation now`,checked:T,onChange:e=>E(e.target.checked),hint:`The user gets a link to choose a password.`}),(0,y.jsx)(c,{label:`Return URL after accepting (optional)`,type:`url`,value:j,onChange:e=>M(e.target.value),error:N.fields.acceptInvitationReturnURL,hint:`Its host must be an allowed redirect host.`})]}),R.length>0&&(0,y.jsxs)(`fieldset`,{children:[(0,y.jsx)(`legend`,{children:`Customers`}),(0,y.jsx)(`div`,{className:`grid2`,children:R.map(e=>(0,y.jsx)(d,{label:e.name,checked:k.has(e.id),onChange:t=>A(n=>{let r=new Set(n);return t.target.checked?r.add(e.id):r.delete(e.id),r})},e.id))}),N.fields.customerIDs&&(0,y.jsx)(`div`,{className:`field-error`,role:`alert`,children:N.fields.customerIDs})]}),(0,y.jsx)(m,{values:x,onChange:S,errors:N.fields,defs:r}),(0,y.jsxs)(`div`,{className:`actions`,children:[(0,y.jsx)(`button`,{type:`submit`,className:`primary`,disabled:I,children:`Create user`}),(0,y.jsx)(a,{to:`/admin/users`,children:`Cancel`})]})]})]})}export{b as default};