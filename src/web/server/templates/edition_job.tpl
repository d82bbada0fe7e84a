{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>{{HEADING}}</h1>
<p>Started {{STARTED}}.</p>
<p><label for="progress">Progress</label>
  <progress id="progress" max="{{TOTAL}}" value="{{DONE}}">{{DONE}} of {{TOTAL_SHOWN}}</progress>
  <span>{{DONE}} of {{TOTAL_SHOWN}}</span></p>
<p role="status"><strong>{{STATUS}}.</strong> {{MESSAGE}}</p>
{{#REFRESH}}<p data-refresh="1">This page updates itself every 2 seconds (without scripts, reload it). <a href="/manage/editions/{{NUMBER}}/jobs/{{JOB}}?auto=0">Stop updating</a></p>
<script src="/static/refresh.js" defer></script>{{/REFRESH}}
{{#PAUSED}}<p>This page does not update itself. <a href="/manage/editions/{{NUMBER}}/jobs/{{JOB}}">Update it every 2 seconds</a> or reload it to see the progress.</p>{{/PAUSED}}
{{#FAILED}}<p>Nothing after the last finished batch was stored. Correct the cause and import the remaining people again; those already invited are skipped.</p>{{/FAILED}}
<p><a href="/manage/editions/{{NUMBER}}/invitations">Back to the invitations</a></p>
