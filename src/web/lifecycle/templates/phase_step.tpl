{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a></p>
<h1>{{ACTION}}</h1>
<p>The edition is in the phase “{{FROM}}”; this step moves it to “{{TO}}”.</p>
{{#MISSING}}
<div class="error-summary" role="alert">
  <h2>This step cannot be taken yet</h2>
  <ul>{{#ITEMS}}<li>{{TEXT}}</li>{{/ITEMS}}</ul>
</div>
<p><a href="/manage/editions/{{NUMBER}}">Back to the edition</a></p>
{{/MISSING}}
{{#READY}}
<p>What will happen:</p>
<ul>{{#EFFECTS}}<li>{{TEXT}}</li>{{/EFFECTS}}</ul>
<form method="post" action="/manage/editions/{{NUMBER}}/phase">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="from" value="{{FROM_VALUE}}">
  <input type="hidden" name="confirm" value="yes">
  <p><button type="submit">{{ACTION}}</button> <a href="/manage/editions/{{NUMBER}}">Cancel</a></p>
</form>
{{/READY}}
