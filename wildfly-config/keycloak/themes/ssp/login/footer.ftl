<#macro content>
<#-- The way back to the public site. The application's address is the redirect URI of the login request,
     which Keycloak has already checked against the client's registered ones; it is kept for the pages
     that follow (the two-step login, a mistyped password), whose addresses no longer carry it. -->
<div id="ssp-footer">
  <p class="ssp-help">${msg("sspHelp")}</p>
  <p><a id="back-to-public-site" href="${(client.baseUrl)!'/'}">&larr; ${msg("sspBackToPublicSite")}</a></p>
</div>
<script>
  (function () {
    var link = document.getElementById('back-to-public-site');
    var match = /[?&]redirect_uri=([^&]+)/.exec(window.location.search);
    var home = null;
    if (match) {
      try {
        var uri = new URL(decodeURIComponent(match[1]));
        if (uri.protocol === 'https:' || uri.protocol === 'http:') {
          home = uri.origin + uri.pathname.replace(/^(\/[^\/]+\/?).*$/, '$1').replace(/\/?$/, '/');
          sessionStorage.setItem('ssp-home', home);
        }
      } catch (e) {
        home = null;
      }
    } else {
      home = sessionStorage.getItem('ssp-home');
    }
    if (home) {
      link.href = home;
    }
  })();
</script>
</#macro>
