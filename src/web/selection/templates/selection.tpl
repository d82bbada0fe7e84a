{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition: {{TITLE}}</a></p>
<h1>Selection of participants</h1>
{{#SCORED}}<p class="notice" role="status">Scores saved.</p>{{/SCORED}}
{{#APPLIED}}<p class="notice" role="status">Selection applied as draft decisions for {{APPLIED_COUNT}} registration(s). Nobody is written to until the steering committee has approved the list and the decisions are released on the <a href="/manage/editions/{{NUMBER}}/applications#approval">applications page</a>.</p>{{/APPLIED}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<p>{{POOL}} people have registered. <a href="/manage/editions/{{NUMBER}}/selection/replacements">Places given up and the waiting list</a> · <a href="/manage/editions/{{NUMBER}}/assignment">Working-group assignment</a></p>
{{>JOB_PANEL}}
{{#CAN_RUN}}
<h2 id="rules">Run a selection</h2>
<form method="post" action="/manage/editions/{{NUMBER}}/selection" class="stack" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="sel_k">How many to select</label>
    {{#K_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/K_ERROR}}
    <input id="sel_k" name="k" inputmode="numeric" value="{{K_VALUE}}"{{#K_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/K_ERROR}}></div>
  <div class="field"><label for="sel_country_cap">At most this many from one country (empty: no cap)</label>
    {{#COUNTRY_CAP_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/COUNTRY_CAP_ERROR}}
    <input id="sel_country_cap" name="country_cap" inputmode="numeric" value="{{COUNTRY_CAP_VALUE}}"{{#COUNTRY_CAP_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/COUNTRY_CAP_ERROR}}></div>
  <fieldset>
    <legend>Balance: how many of the selected at least and at most (empty: no limit)</legend>
    {{#BANDS}}
    <div class="field-row band">
      <span class="band-label">{{ATTRIBUTE}}: {{LABEL}}</span>
      <div class="field"><label for="sel_min_{{SUFFIX}}">At least <span class="visually-hidden">({{LABEL}})</span></label>
        {{#MIN_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/MIN_ERROR}}
        <input id="sel_min_{{SUFFIX}}" name="min_{{SUFFIX}}" inputmode="numeric" size="5" value="{{MIN_VALUE}}"{{#MIN_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/MIN_ERROR}}></div>
      <div class="field"><label for="sel_max_{{SUFFIX}}">At most <span class="visually-hidden">({{LABEL}})</span></label>
        {{#MAX_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/MAX_ERROR}}
        <input id="sel_max_{{SUFFIX}}" name="max_{{SUFFIX}}" inputmode="numeric" size="5" value="{{MAX_VALUE}}"{{#MAX_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/MAX_ERROR}}></div>
    </div>
    {{/BANDS}}
  </fieldset>
  <fieldset>
    <legend>Per partner country (empty: no rule). The historical ASEM formula is one official and one or two civil-society participants per country.</legend>
    <div class="field"><label for="sel_partner_min">At least this many people from each partner country that has applicants (at most: the cap per country above)</label>
      {{#PARTNER_MIN_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/PARTNER_MIN_ERROR}}
      <input id="sel_partner_min" name="partner_min" inputmode="numeric" size="5" value="{{PARTNER_MIN_VALUE}}"{{#PARTNER_MIN_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/PARTNER_MIN_ERROR}}></div>
    {{#PARTNER_SECTORS}}
    <div class="field-row band">
      <span class="band-label">Per partner: {{LABEL}}</span>
      <div class="field"><label for="sel_partner_min_{{SUFFIX}}">At least <span class="visually-hidden">({{LABEL}} per partner)</span></label>
        {{#MIN_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/MIN_ERROR}}
        <input id="sel_partner_min_{{SUFFIX}}" name="partner_min_{{SUFFIX}}" inputmode="numeric" size="5" value="{{MIN_VALUE}}"{{#MIN_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/MIN_ERROR}}></div>
      <div class="field"><label for="sel_partner_max_{{SUFFIX}}">At most <span class="visually-hidden">({{LABEL}} per partner)</span></label>
        {{#MAX_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/MAX_ERROR}}
        <input id="sel_partner_max_{{SUFFIX}}" name="partner_max_{{SUFFIX}}" inputmode="numeric" size="5" value="{{MAX_VALUE}}"{{#MAX_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/MAX_ERROR}}></div>
    </div>
    {{/PARTNER_SECTORS}}
  </fieldset>
  <p>Nominated officials are always selected; declined and withdrawn registrations never are. Among people with equal scores, a lottery decides: its seed is drawn when the run starts and shown with the result, so that anyone can repeat it.</p>
  <button type="submit">Run the selection</button>
</form>
{{/CAN_RUN}}
<h2 id="scores">Registrations and scores</h2>
{{#UPLOADED}}<p class="notice" role="status">Scores saved for {{UPLOADED_COUNT}} registration(s) from the file.</p>{{/UPLOADED}}
{{#SCORE_FORM_START}}<p>Type each person's score (a whole number from -10000 to 10000; higher is preferred) and save them together, or upload them as a CSV file below.</p>
<form method="post" action="/manage/editions/{{NUMBER}}/selection/scores" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">{{/SCORE_FORM_START}}
<div class="table-wrap" tabindex="0" role="region" aria-label="Registrations and scores">
<table>
  <caption class="visually-hidden">Every registration with the secretariat's score</caption>
  <thead><tr><th scope="col">Id</th><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Gender</th><th scope="col">Region</th><th scope="col">Sector</th><th scope="col">Status</th><th scope="col">Nominated</th><th scope="col">Score</th></tr></thead>
  <tbody>{{#REGISTRATIONS}}<tr><td>{{ID}}</td><td dir="auto">{{NAME}}</td><td>{{COUNTRY}}</td><td>{{GENDER}}</td><td>{{REGION}}</td><td>{{SECTOR}}</td><td>{{STATUS}}</td><td>{{NOMINATED}}</td><td>{{#SCORE_TEXT}}{{SCORE}}{{/SCORE_TEXT}}{{#SCORE_INPUT}}{{#SCORE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/SCORE_ERROR}}<input id="score_{{ID}}" name="score_{{ID}}" inputmode="numeric" size="6" aria-label="Score of {{NAME}}" value="{{SCORE_VALUE}}"{{#SCORE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/SCORE_ERROR}}>{{/SCORE_INPUT}}</td></tr>{{/REGISTRATIONS}}</tbody>
</table>
</div>
{{#SCORE_FORM_END}}  <button type="submit">Save the scores</button>
</form>{{/SCORE_FORM_END}}
{{#CAN_UPLOAD}}
<form method="post" action="/manage/editions/{{NUMBER}}/selection/scores/upload" enctype="multipart/form-data" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="sel_file">Scores as a CSV file: one line "registration,score" per person (a header line is skipped)</label>
    {{#FILE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/FILE_ERROR}}
    <input id="sel_file" name="file" type="file" accept=".csv,text/csv"{{#FILE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/FILE_ERROR}}></div>
  <button type="submit">Upload the scores</button>
</form>
{{/CAN_UPLOAD}}
