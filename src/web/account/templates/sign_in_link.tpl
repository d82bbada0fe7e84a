{{%AUTOESCAPE context="HTML"}}
<h1>Sign in with your link</h1>
<p>This link signs you in once. Press the button to continue.</p>
<form method="post" action="/sign-in/link">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="token" value="{{TOKEN}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <button type="submit">Sign in</button>
</form>
