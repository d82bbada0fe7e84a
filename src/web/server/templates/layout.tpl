{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} – {{SITE_NAME}}</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="brand" href="/">{{SITE_NAME}}</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      {{#MANAGE_LINK}}<li><a href="/manage">Secretariat</a></li>{{/MANAGE_LINK}}
      {{#SIGNED_IN}}<li><a href="/me">{{ACCOUNT_NAME}}</a></li>
      <li><form method="post" action="/sign-out" class="inline"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="link-button">Sign out</button></form></li>{{/SIGNED_IN}}
      {{#SIGNED_OUT}}<li><a href="/sign-in">Sign in</a></li>{{/SIGNED_OUT}}
    </ul>
  </nav>
</header>
<main id="main">
{{>CONTENT}}
</main>
<footer class="site-footer">
  <p>{{SITE_NAME}}{{#CONTACT}} · Contact the secretariat: <a href="mailto:{{CONTACT_EMAIL}}">{{CONTACT_EMAIL}}</a>{{/CONTACT}}</p>
</footer>
</body>
</html>
