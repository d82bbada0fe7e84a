{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/manage/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Applications: {{TITLE}}</h1>
{{#DECIDED}}<p class="notice" role="status">Decision saved as a draft for {{COUNT}} registration(s). Nobody is written to until the decisions are released.</p>{{/DECIDED}}
{{#APPROVED}}<p class="notice" role="status">You approved the accepted list.</p>{{/APPROVED}}
{{#CHANGES_ASKED}}<p class="notice" role="status">Your request for changes is recorded; the secretariat sees it with your comment.</p>{{/CHANGES_ASKED}}
{{#RELEASED}}<p class="notice" role="status">{{COUNT}} decision(s) released; the people whose status changed are being written to.</p>{{/RELEASED}}
{{#FACT_REQUESTS}}<section class="clashes" aria-labelledby="fact-requests-heading">
<h2 id="fact-requests-heading">{{COUNT}} request(s) to change facts used in the selection</h2>
<ul>{{#REQUEST}}<li><a href="/manage/editions/{{NUMBER}}/applications/{{REGISTRATION}}#requests-heading" dir="auto">{{NAME}}</a>: {{TEXT}}</li>{{/REQUEST}}</ul>
</section>{{/FACT_REQUESTS}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus>
  <h2>There is a problem</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
<p>Showing {{SHOWN}} of {{TOTAL}} registrations. By status (with the other filters): {{#STATUS_COUNTS}}<span class="status-count">{{LABEL}} {{COUNT}}</span>{{#STATUS_COUNTS_separator}}, {{/STATUS_COUNTS_separator}}{{/STATUS_COUNTS}}.</p>
<ul class="actions">
  <li><a href="/manage/editions/{{NUMBER}}/applications?status=accepted">The accepted list</a></li>
  <li><a href="/manage/editions/{{NUMBER}}/applications.csv?{{QUERY}}" download>Download these rows as CSV</a></li>
  <li><a href="/manage/editions/{{NUMBER}}/applications.xlsx?{{QUERY}}" download>Download these rows as Excel (XLSX)</a></li>
</ul>

<form method="get" action="/manage/editions/{{NUMBER}}/applications" class="filters" aria-labelledby="filter-heading">
  <h2 id="filter-heading">Filter</h2>
  <div class="field-row">
  <div class="field"><label for="f-status">Status</label>
    <select id="f-status" name="status"><option value="">Any</option>{{#STATUS_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/STATUS_OPTIONS}}</select></div>
  <div class="field"><label for="f-sector">Sector</label>
    <select id="f-sector" name="sector"><option value="">Any</option>{{#SECTOR_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/SECTOR_OPTIONS}}</select></div>
  <div class="field"><label for="f-region">Region</label>
    <select id="f-region" name="region"><option value="">Any</option>{{#REGION_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/REGION_OPTIONS}}</select></div>
  <div class="field"><label for="f-country">Country</label>
    <select id="f-country" name="country"><option value="">Any</option>{{#COUNTRY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/COUNTRY_OPTIONS}}</select></div>
  <div class="field"><label for="f-gender">Gender</label>
    <select id="f-gender" name="gender"><option value="">Any</option>{{#GENDER_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/GENDER_OPTIONS}}</select></div>
  <div class="field"><label for="f-group">First choice</label>
    <select id="f-group" name="group"><option value="">Any</option>{{#GROUP_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}} ({{COUNT}})</option>{{/GROUP_OPTIONS}}</select></div>
  </div>
  <input type="hidden" name="sort" value="{{SORT}}">
  <input type="hidden" name="order" value="{{ORDER}}">
  <p><button type="submit">Show</button> <a href="/manage/editions/{{NUMBER}}/applications">Clear the filters</a></p>
</form>

<h2 id="list-heading">Registrations</h2>
{{#BULK_START}}<form method="post" action="/manage/editions/{{NUMBER}}/applications/decisions" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#FILTER_HIDDEN}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/FILTER_HIDDEN}}{{/BULK_START}}
{{#NONE_SHOWN}}<p>No registration matches these filters.</p>{{/NONE_SHOWN}}
{{#BULK}}{{#REGISTRATIONS_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/REGISTRATIONS_ERROR}}{{/BULK}}
<div class="table-wrap" id="applications-table" role="region" aria-labelledby="applications-caption" tabindex="0">
<table class="applications">
  <caption id="applications-caption">Registrations ({{SHOWN}} shown); select a column heading to sort by it</caption>
  <thead><tr>{{#BULK}}<th scope="col"><span class="visually-hidden">Select</span></th>{{/BULK}}{{#COLUMNS}}<th scope="col" aria-sort="{{ARIA_SORT}}"><a href="{{HREF}}">{{LABEL}}<span class="visually-hidden">, {{HINT}}</span></a>{{#ARROW}} <span aria-hidden="true">{{TEXT}}</span>{{/ARROW}}</th>{{/COLUMNS}}</tr></thead>
  <tbody>
  {{#ROWS}}<tr>{{#CHECKBOX}}<td><input type="checkbox" name="registration" value="{{ID}}" id="pick-{{ID}}" aria-label="Select {{NAME}}"{{#CHECKED}} checked{{/CHECKED}}></td>{{/CHECKBOX}}<td><a href="/manage/editions/{{NUMBER}}/applications/{{ID}}" dir="auto">{{NAME}}</a>{{#LATIN}}<br><span class="meta">{{TEXT}}</span>{{/LATIN}}</td><td dir="auto">{{ORGANISATION}}</td><td>{{COUNTRY}}</td><td>{{REGION}}</td><td>{{SECTOR}}</td><td>{{GENDER}}</td><td>{{FIRST_CHOICE}}</td><td>{{STATUS}}</td><td>{{KIND}}</td></tr>
  {{/ROWS}}
  </tbody>
</table>
</div>
{{#BULK}}
  <fieldset>
    <legend>Decide on the selected registrations</legend>
    {{#DECISION_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/DECISION_ERROR}}
    <div class="radios">{{#DECISIONS}}<input type="radio" name="decision" value="{{VALUE}}" id="bulk-decision-{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="bulk-decision-{{VALUE}}">{{LABEL}}</label> {{/DECISIONS}}</div>
    <div class="field"><label for="bulk-reason">Reason (internal: never shown or sent to the people)</label>
      <textarea id="bulk-reason" name="reason" rows="2">{{REASON_VALUE:pre_escape}}</textarea></div>
    <button type="submit">Save the decision as a draft</button>
  </fieldset>
{{/BULK}}
{{#BULK_END}}</form>{{/BULK_END}}

<h2 id="approval">Steering committee approval</h2>
<p>{{ACCEPTED_COUNT}} registration(s) are accepted as the list stands (draft decisions included). Decisions are drafts until the secretariat releases them; the steering committee approves the list first.</p>
{{#NO_APPROVAL}}<p>The steering committee has not given its word on the accepted list yet.</p>{{/NO_APPROVAL}}
{{#STALE}}<p class="clashes"><strong>Changed since {{NAME}}'s last word on it: {{ADDED}} added, {{REMOVED}} removed.</strong> The list needs approval again.</p>{{/STALE}}
{{#APPROVALS}}<p class="approval">Approved by {{NAME}} on {{WHEN}}.{{#COMMENT}} Comment: “{{TEXT}}”{{/COMMENT}}</p>{{/APPROVALS}}
{{#CHANGE_REQUESTS}}<p class="clashes"><strong>Changes asked by {{NAME}} on {{WHEN}}:</strong> “{{COMMENT}}”</p>{{/CHANGE_REQUESTS}}
{{#LIST_APPROVED}}<p>The list as it stands is approved.</p>{{/LIST_APPROVED}}
{{#CAN_APPROVE}}
<form method="post" action="/manage/editions/{{NUMBER}}/applications/approval" class="stack">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div class="field"><label for="approval-comment">Comment (needed when you ask for changes)</label>
    {{#COMMENT_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/COMMENT_ERROR}}
    <textarea id="approval-comment" name="comment" rows="2"{{#COMMENT_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/COMMENT_ERROR}}>{{COMMENT_VALUE:pre_escape}}</textarea></div>
  <p><button type="submit" name="verdict" value="approved">Approve this list ({{ACCEPTED_COUNT}} accepted)</button>
  <button type="submit" name="verdict" value="changes_requested" class="secondary">Ask for changes</button></p>
</form>
{{/CAN_APPROVE}}
{{#CAN_RELEASE}}
<form method="post" action="/manage/editions/{{NUMBER}}/applications/release">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <p>{{DRAFTS}} draft decision(s) wait to be released. <button type="submit">Release the decisions…</button></p>
</form>
{{/CAN_RELEASE}}

<h2>Balance of the accepted list</h2>
<p>Each chart compares the accepted registrations (solid bars) with all registrations (hatched bars).</p>
<div class="charts">
{{#CHARTS}}
<figure class="share-chart" aria-labelledby="{{ID}}-caption">
  <figcaption id="{{ID}}-caption"><strong>{{TITLE}}</strong>: accepted compared with all registrations</figcaption>
  {{SVG:none}}
  <details><summary>{{TITLE}} in numbers</summary>
  <table>
    <caption class="visually-hidden">{{TITLE}}: accepted compared with all registrations</caption>
    <thead><tr><th scope="col">{{TITLE}}</th><th scope="col">Accepted</th><th scope="col">All registrations</th></tr></thead>
    <tbody>{{#CHART_ROWS}}<tr><th scope="row">{{LABEL}}</th><td>{{SELECTED}} ({{SELECTED_PERCENT}}%)</td><td>{{POOL}} ({{POOL_PERCENT}}%)</td></tr>{{/CHART_ROWS}}</tbody>
  </table>
  </details>
</figure>
{{/CHARTS}}
</div>
