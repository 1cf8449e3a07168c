import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{a as t,n}from"./preload-helper-BfORXE8d.js";import{c as r,s as i}from"./console-r4Nmzg1r.js";import{n as a}from"./Field-D6cd9lqZ.js";import{r as o}from"./format-C_jl0jrM.js";var s=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null};return{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountNewsletter_subscription`,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[e,{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[e],storageKey:null}],storageKey:null}],type:`NewsletterSubscription`,abstractKey:null}})();s.hash=`f5f5812be9ce486db413c4f707286517`;var c=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[{alias:null,args:null,concreteType:`NewsletterPayload`,kind:`LinkedField`,name:`unsubscribeNewsletter`,plural:!1,selections:[{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`subscription`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[e,{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[e],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountNewsletterUnsubscribeMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountNewsletterUnsubscribeMutation`,selections:t},params:{cacheID:`b3bd3fb167fc7b3fae5d642d5002a863`,id:`48ce2ff28e6f0b65f4e4850e22a81f1623b47dbb81ec9217226bc99abfc04d82`,metadata:{},name:`AccountNewsletterUnsubscribeMutation`,operationKind:`mutation`,text:`mutation AccountNewsletterUnsubscribeMutation {
  unsubscribeNewsletter {
    subscription {
      id
      subscribedAt
      unsubscribedAt
      user {
        id
        newsletterSubscription {
          id
        }
      }
    }
  }
}
`}}})();c.hash=`f55456d821fcd0cb77f1a8395a445f79`;var l=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[{alias:null,args:null,concreteType:`NewsletterPayload`,kind:`LinkedField`,name:`subscribeNewsletter`,plural:!1,selections:[{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`subscription`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null},{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[e,{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[e],storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountNewsletterSubscribeMutation`,selections:t,type:`Mutation`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountNewsletterSubscribeMutation`,selections:t},params:{cacheID:`d67fdd2666798f8b42a25e6667086de8`,id:`93a409010c65ba11ad1ade04ca168320c045b5e1e9b75e5917056164d2a127d5`,metadata:{},name:`AccountNewsletterSubscribeMutation`,operationKind:`mutation`,text:`mutation AccountNewsletterSubscribeMutation {
  subscribeNewsletter {
    subscription {
      id
      subscribedAt
      unsubscribedAt
      user {
        id
        newsletterSubscription {
          id
        }
      }
    }
  }
}
`}}})();l.hash=`8a7124f85bd997f12b351da5fe05b7bb`;var u=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[{alias:null,args:null,concreteType:`Viewer`,kind:`LinkedField`,name:`viewer`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,concreteType:`NewsletterSubscription`,kind:`LinkedField`,name:`newsletterSubscription`,plural:!1,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`subscribedAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`unsubscribedAt`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountNewsletterQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountNewsletterQuery`,selections:t},params:{cacheID:`6df3c2007c4af88d246dd157634567a7`,id:`085b2f62ad61686bfedf7876db6afc410b550eb4b0c3c59cf66b8af699de37b9`,metadata:{},name:`AccountNewsletterQuery`,operationKind:`query`,text:`query AccountNewsletterQuery {
  viewer {
    user {
      id
      email
      newsletterSubscription {
        id
        subscribedAt
        unsubscribedAt
      }
    }
  }
}
`}}})();u.hash=`5a09eb60d060cb630d89170c36dd5fd5`;var d=e(t(),1),f=r(),p=n();function m(){let e=(0,f.useLazyLoadQuery)(u,{},{fetchPolicy:`network-only`}),[t,n]=(0,d.useState)([]),[r,s]=(0,f.useMutation)(l),[m,h]=(0,f.useMutation)(c),g=e.viewer.user;if(!g)return null;let _=g.newsletterSubscription,v=!!_&&!_.unsubscribedAt,y=e=>n(i(e).general);return(0,p.jsxs)(`div`,{children:[(0,p.jsx)(`h1`,{children:`Newsletter`}),(0,p.jsxs)(`div`,{className:`panel`,children:[(0,p.jsx)(a,{messages:t}),(0,p.jsx)(`p`,{role:`status`,children:v?`${g.email} is subscribed since ${o(_?.subscribedAt)}.`:`${g.email} is not subscribed${_?.unsubscribedAt?` (unsubscribed ${o(_.unsubscribedAt)})`:``}.`}),v?(0,p.jsx)(`button`,{type:`button`,disabled:h,onClick:()=>m({variables:{},onError:y}),children:`Unsubscribe`}):(0,p.jsx)(`button`,{type:`button`,className:`primary`,disabled:s,onClick:()=>r({variables:{},onError:y}),children:`Subscribe`})]})]})}export{m as default};