{{%AUTOESCAPE context="HTML"}}
<p class="kicker"><a href="/editions/{{NUMBER}}">{{ORDINAL}} edition</a></p>
<h1>Registration: {{TITLE}}</h1>
<p>{{INTRO}}</p>
<p>{{DATES}}, {{PLACE}}.{{#DEADLINE}} Registration is open until {{WHEN}}.{{/DEADLINE}}</p>
{{#SAVED}}<p class="notice" role="status">Your registration is saved. A confirmation is on its way to {{EMAIL}}.</p>{{/SAVED}}
{{#REQUESTED}}<p class="notice">Your country, sector and gender were used to select you: your change to them is a request the secretariat will accept or refuse, and they write to you with the answer. Your other changes are saved.</p>{{/REQUESTED}}
{{#PENDING}}<section aria-labelledby="pending-heading">
<h2 id="pending-heading">Changes waiting for the secretariat</h2>
<ul>{{#REQUEST}}<li>{{TEXT}}</li>{{/REQUEST}}</ul>
</section>{{/PENDING}}
{{#OWN_PAGE}}<p><a href="/editions/{{NUMBER}}/me">Your page for this edition</a></p>{{/OWN_PAGE}}
{{#ERROR_SUMMARY}}
<div class="error-summary" role="alert" tabindex="-1" autofocus id="error-summary">
  <h2>{{COUNT}} thing(s) to correct before your registration can be saved</h2>
  <ul>{{#ERRORS}}<li><a href="#{{TARGET}}">{{MESSAGE}}</a></li>{{/ERRORS}}</ul>
</div>
{{/ERROR_SUMMARY}}
{{#CLOSED}}
<p class="notice" role="status">{{MESSAGE}}</p>
<h2>What you gave us</h2>
<dl class="facts">{{#FACTS}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>{{/FACTS}}</dl>
{{/CLOSED}}
{{#FORM}}
<form method="post" action="{{ACTION}}" class="stack" id="registration-form" novalidate>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#VERSION}}<input type="hidden" name="version" value="{{VALUE}}">{{/VERSION}}
  {{#FORM_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/FORM_ERROR}}
  <fieldset>
    <legend>About you</legend>
    <div class="field">
      <label for="full_name">Your name as you write it (any script)</label>
      {{#FULL_NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/FULL_NAME_ERROR}}
      <input id="full_name" name="full_name" autocomplete="name" value="{{FULL_NAME_VALUE}}"{{#FULL_NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/FULL_NAME_ERROR}}>
    </div>
    <div class="field">
      <label for="family_name">Family name, exactly as it appears in your name above</label>
      {{#FAMILY_NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/FAMILY_NAME_ERROR}}
      <input id="family_name" name="family_name" value="{{FAMILY_NAME_VALUE}}"{{#FAMILY_NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/FAMILY_NAME_ERROR}}>
    </div>
    <div class="field">
      <label for="latin_name">Your name in Latin letters (optional, if your name is in another script)</label>
      {{#LATIN_NAME_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/LATIN_NAME_ERROR}}
      <input id="latin_name" name="latin_name" value="{{LATIN_NAME_VALUE}}"{{#LATIN_NAME_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/LATIN_NAME_ERROR}}>
    </div>
    <div class="field">
      <label for="organisation">Organisation</label>
      {{#ORGANISATION_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/ORGANISATION_ERROR}}
      <input id="organisation" name="organisation" autocomplete="organization" value="{{ORGANISATION_VALUE}}"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/ORGANISATION_ERROR}}>
    </div>
    <div class="field">
      <label for="position">Position (optional)</label>
      {{#POSITION_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/POSITION_ERROR}}
      <input id="position" name="position" autocomplete="organization-title" value="{{POSITION_VALUE}}"{{#POSITION_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/POSITION_ERROR}}>
    </div>
    <div class="field">
      <label for="country">Country</label>
      {{#COUNTRY_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/COUNTRY_ERROR}}
      <select id="country" name="country"{{#COUNTRY_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/COUNTRY_ERROR}}>
        <option value="">Choose your country</option>
        {{#COUNTRIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/COUNTRIES}}
      </select>
    </div>
    <div class="field">
      <label for="sector">Sector</label>
      {{#SECTOR_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/SECTOR_ERROR}}
      <select id="sector" name="sector"{{#SECTOR_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/SECTOR_ERROR}}>
        <option value="">Choose your sector</option>
        {{#SECTORS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTORS}}
      </select>
    </div>
    <div class="field">
      <label for="gender">Gender</label>
      {{#GENDER_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/GENDER_ERROR}}
      <select id="gender" name="gender"{{#GENDER_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/GENDER_ERROR}}>
        <option value="">Choose</option>
        {{#GENDERS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GENDERS}}
      </select>
    </div>
    <div class="field">
      <label for="expertise">Your expertise (optional; separate topics with commas)</label>
      {{#EXPERTISE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/EXPERTISE_ERROR}}
      <input id="expertise" name="expertise" value="{{EXPERTISE_VALUE}}"{{#EXPERTISE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/EXPERTISE_ERROR}}>
    </div>
  </fieldset>
  <fieldset>
    <legend>Working groups, in your order of preference</legend>
    <p>Rank every working group once; the secretariat places participants with their preferences in mind.</p>
    {{#CHOICES}}
    <div class="field">
      <label for="{{FIELD}}">{{LABEL}}</label>
      {{#CHOICE_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/CHOICE_ERROR}}
      <select id="{{FIELD}}" name="{{FIELD}}"{{#CHOICE_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/CHOICE_ERROR}}>
        <option value="">Choose a working group</option>
        {{#GROUPS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GROUPS}}
      </select>
    </div>
    {{/CHOICES}}
  </fieldset>
  <fieldset>
    <legend>Your needs (optional)</legend>
    <div class="field">
      <label for="access_needs">Access needs</label>
      {{#ACCESS_NEEDS_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/ACCESS_NEEDS_ERROR}}
      <textarea id="access_needs" name="access_needs" rows="2"{{#ACCESS_NEEDS_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/ACCESS_NEEDS_ERROR}}>{{ACCESS_NEEDS_VALUE:pre_escape}}</textarea>
    </div>
    <div class="field">
      <label for="dietary_needs">Dietary needs</label>
      {{#DIETARY_NEEDS_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/DIETARY_NEEDS_ERROR}}
      <textarea id="dietary_needs" name="dietary_needs" rows="2"{{#DIETARY_NEEDS_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/DIETARY_NEEDS_ERROR}}>{{DIETARY_NEEDS_VALUE:pre_escape}}</textarea>
    </div>
  </fieldset>
  <fieldset>
    <legend>Consent</legend>
    <div class="field">
      {{#PRIVACY_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/PRIVACY_ERROR}}
      <label><input type="checkbox" id="privacy_consent" name="privacy_consent" value="on"{{#PRIVACY_CHECKED}} checked{{/PRIVACY_CHECKED}}{{#PRIVACY_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/PRIVACY_ERROR}}>
        I have read the <a href="/privacy">privacy notice</a> (version {{PRIVACY_VERSION}}) and agree that my registration is kept as it describes.</label>
    </div>
    <div class="field">
      {{#CHATHAM_ERROR}}<p class="field-error" id="{{ID}}">{{MESSAGE}}</p>{{/CHATHAM_ERROR}}
      <label><input type="checkbox" id="chatham_acknowledged" name="chatham_acknowledged" value="on"{{#CHATHAM_CHECKED}} checked{{/CHATHAM_CHECKED}}{{#CHATHAM_ERROR}} aria-invalid="true" aria-describedby="{{ID}}"{{/CHATHAM_ERROR}}>
        I will respect the Chatham House Rule: participants are free to use the information received in the working groups, but neither the identity nor the affiliation of the speaker, nor that of any other participant, may be revealed.</label>
    </div>
    <div class="field">
      <label><input type="checkbox" id="public_listing" name="public_listing" value="on"{{#LISTING_CHECKED}} checked{{/LISTING_CHECKED}}>
        List my name, organisation and country on the public participant list if I am accepted (optional).</label>
    </div>
  </fieldset>
  <button type="submit">{{SUBMIT}}</button>
</form>
{{/FORM}}
