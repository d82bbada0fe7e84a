{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}/assignment?run={{RUN_ID}}">Working-group assignment: {{ORDINAL}} edition</a></p>
<h1>Publish the assignment</h1>
{{#NOTHING}}<p>Nobody's group changes: everyone is already in the group this assignment gives them, and nobody would be written to. <a href="/manage/editions/{{NUMBER}}/assignment?run={{RUN_ID}}">Back to the assignment</a>.</p>{{/NOTHING}}
{{#SOME}}
<ul>
  <li>{{FIRST}} people get their first working group.</li>
  <li>{{MOVED}} people move to another group and lose access to their old group's closed sessions.</li>
  <li>{{UNCHANGED}} people stay where they are and are not written to.</li>
</ul>
<p>New or changed members per group:</p>
<ul>{{#GROUPS}}<li>{{NAME}}: {{COUNT}}</li>{{/GROUPS}}</ul>
<p>{{MAILS}} e-mail(s) will be sent, one to each person whose group is new or changed.</p>
<form method="post" action="/manage/editions/{{NUMBER}}/assignment/publish">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="run" value="{{RUN_ID}}">
  <input type="hidden" name="confirm" value="yes">
  <p><button type="submit">Publish and send {{MAILS}} e-mail(s)</button> <a href="/manage/editions/{{NUMBER}}/assignment?run={{RUN_ID}}">Cancel</a></p>
</form>
{{/SOME}}
