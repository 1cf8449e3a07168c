import{c as e}from"./console-r4Nmzg1r.js";import{r as t}from"./format-C_jl0jrM.js";import{n}from"./preload-helper-BfORXE8d.js";var r=(function(){var e={alias:null,args:null,kind:`ScalarField`,name:`id`,storageKey:null},t=[{alias:null,args:null,concreteType:`Viewer`,kind:`LinkedField`,name:`viewer`,plural:!1,selections:[{alias:null,args:null,concreteType:`User`,kind:`LinkedField`,name:`user`,plural:!1,selections:[e,{alias:null,args:null,concreteType:`OIDCIdentity`,kind:`LinkedField`,name:`oidcIdentities`,plural:!0,selections:[e,{alias:null,args:null,kind:`ScalarField`,name:`issuer`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`email`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`createdAt`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`lastUsedAt`,storageKey:null}],storageKey:null}],storageKey:null}],storageKey:null},{alias:null,args:null,concreteType:`SignInOptions`,kind:`LinkedField`,name:`signInOptions`,plural:!1,selections:[{alias:null,args:null,concreteType:`OIDCProvider`,kind:`LinkedField`,name:`oidcProviders`,plural:!0,selections:[{alias:null,args:null,kind:`ScalarField`,name:`name`,storageKey:null},{alias:null,args:null,kind:`ScalarField`,name:`loginURL`,storageKey:null}],storageKey:null}],storageKey:null}];return{fragment:{argumentDefinitions:[],kind:`Fragment`,metadata:null,name:`AccountProvidersQuery`,selections:t,type:`Query`,abstractKey:null},kind:`Request`,operation:{argumentDefinitions:[],kind:`Operation`,name:`AccountProvidersQuery`,selections:t},params:{cacheID:`d3fd1fe1ed6f6e969b9771d97175b72c`,id:`72c9ed823ca0b44462f3dc7752ed3dd815a51fe3e69358807b316284fc11daf4`,metadata:{},name:`AccountProvidersQuery`,operationKind:`query`,text:`query AccountProvidersQuery {
  viewer {
    user {
      id
      oidcIdentities {
        id
        issuer
        email
        createdAt
        lastUsedAt
      }
    }
  }
  signInOptions {
    oidcProviders {
      name
      loginURL
    }
  }
}
`}}})();r.hash=`44643e1b9a55903117eac3541f5f525f`;var i=e(),a=n();function o(){let e=(0,i.useLazyLoadQuery)(r,{},{fetchPolicy:`network-only`}),n=e.viewer.user?.oidcIdentities??[],o=e.signInOptions.oidcProviders,s=`${window.location.origin}/account/providers`;return(0,a.jsxs)(`div`,{children:[(0,a.jsx)(`h1`,{children:`Sign-in providers`}),n.length===0?(0,a.jsx)(`p`,{children:`No sign-in provider is linked to your account.`}):(0,a.jsxs)(`table`,{children:[(0,a.jsx)(`thead`,{children:(0,a.jsxs)(`tr`,{children:[(0,a.jsx)(`th`,{children:`Provider`}),(0,a.jsx)(`th`,{children:`Address there`}),(0,a.jsx)(`th`,{children:`Linked`}),(0,a.jsx)(`th`,{children:`Last used`})]})}),(0,a.jsx)(`tbody`,{children:n.map(e=>(0,a.jsxs)(`tr`,{children:[(0,a.jsx)(`td`,{children:e.issuer}),(0,a.jsx)(`td`,{children:e.email??`—`}),(0,a.jsx)(`td`,{children:t(e.createdAt)}),(0,a.jsx)(`td`,{children:t(e.lastUsedAt)})]},e.id))})]}),o.length>0&&(0,a.jsxs)(`div`,{className:`panel`,style:{marginTop:`1rem`},children:[(0,a.jsx)(`p`,{children:`To link a provider, sign in with it; the provider must confirm one of your addresses.`}),(0,a.jsx)(`div`,{className:`actions`,children:o.map(e=>(0,a.jsxs)(`a`,{className:`button-link secondary`,href:`${e.loginURL}&return_to=${encodeURIComponent(s)}`,children:[`Sign in with `,e.name]},e.name))})]})]})}export{o as default};