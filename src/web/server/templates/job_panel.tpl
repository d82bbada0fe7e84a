{{%AUTOESCAPE context="HTML"}}
<section aria-labelledby="job-heading" class="run">
  <h2 id="job-heading">{{HEADING}}</h2>
  <p class="meta">Started {{STARTED}}.</p>
  {{#RUNNING}}
  <div{{#REFRESH}} data-refresh="1"{{/REFRESH}} role="status">
    <p><strong>{{STATUS}}.</strong> {{MESSAGE}}</p>
    {{#MEASURED}}<p><label for="progress">Progress</label>
      <progress id="progress" max="{{TOTAL}}" value="{{DONE}}">{{DONE}} of {{TOTAL_SHOWN}} {{UNIT}}</progress>
      <span>{{DONE}} of {{TOTAL_SHOWN}} {{UNIT}}</span></p>{{/MEASURED}}
    {{#REFRESH}}<p>This page updates itself every 2 seconds until the job is done (without scripts, reload it). <a href="{{PAUSE_URL}}">Stop updating</a></p>{{/REFRESH}}
    {{#PAUSED}}<p>This page does not update itself. <a href="{{RESUME_URL}}">Update it every 2 seconds</a> or reload it to see the progress.</p>{{/PAUSED}}
  </div>
  {{#REFRESH}}<script src="/static/refresh.js" defer></script>{{/REFRESH}}
  {{/RUNNING}}
  {{#FAILED}}<p class="field-error" role="alert">The job failed: {{MESSAGE}}</p>{{#FAILED_NOTE}}<p>{{NOTE}}</p>{{/FAILED_NOTE}}{{/FAILED}}
  {{#DONE}}<p role="status"><strong>Done.</strong> {{MESSAGE}}</p>{{/DONE}}
  {{>JOB_RESULT}}
</section>
