<?xml version="1.0" encoding="UTF-8"?>
<!--
  Renders maprace.xml (plus optional <excerpt> elements) into maprace.html: one offline page with
  inline CSS and script, no external resource. All model text reaches the page through
  xsl:value-of or attribute value templates, so the serializer escapes it; nothing is copied as
  markup (no disable-output-escaping anywhere).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:key name="by-rule" match="finding" use="@rule"/>
  <xsl:key name="rule" match="rules/rule" use="@id"/>

  <xsl:variable name="s" select="/maprace/summary"/>

  <xsl:template match="/maprace">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>maprace report<xsl:if test="string(@project)"> – <xsl:value-of select="@project"/></xsl:if></title>
        <style><xsl:text><![CDATA[
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#1b1f23;background:#fff}
h1{font-size:1.5em;margin-bottom:.2em}
h2{font-size:1.2em;margin-top:1.5em;border-bottom:1px solid #ddd}
.headline{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:.5em;border-radius:4px}
table.counts{border-collapse:collapse;margin:.5em 2em .5em 0;display:inline-table;vertical-align:top}
table.counts td,table.counts th{border:1px solid #ddd;padding:.2em .6em;text-align:left}
td.n{text-align:right}
.problems li{color:#9a3412}
fieldset{border:1px solid #ddd;margin:.5em 0;padding:.4em .8em}
fieldset label{margin-right:1em;white-space:nowrap}
.finding{border:1px solid #ddd;border-left-width:6px;border-radius:4px;margin:1em 0;padding:.6em 1em}
.finding.sev-error{border-left-color:#cf222e}
.finding.sev-warning{border-left-color:#bf8700}
.finding.sev-note{border-left-color:#0969da}
.finding h3{font-size:1em;margin:0 0 .4em 0;font-weight:normal}
.rule{font-weight:bold;font-family:ui-monospace,Menlo,Consolas,monospace}
.sev{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.85em;color:#fff}
.sev-error .sev{background:#cf222e}.sev-warning .sev{background:#9a6700}.sev-note .sev{background:#0969da}
.site,code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.fix{background:#f0fdf4;padding:.3em .5em;border-radius:3px}
pre{background:#f6f8fa;padding:.5em;overflow-x:auto;margin:.4em 0;font-size:.9em;line-height:1.45}
pre .no{display:inline-block;min-width:3em;color:#57606a;user-select:none}
pre .hit{background:#fff8c5;display:inline-block;min-width:100%}
.accesses{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1em}
@media (max-width:720px){.accesses{grid-template-columns:minmax(0,1fr)}}
.access .site,.access code{overflow-wrap:anywhere}
pre.stack{white-space:pre-wrap;word-break:break-all}
.access{border:1px solid #eee;padding:.4em .6em;border-radius:3px;min-width:0}
.access h4{margin:0 0 .3em 0;font-size:.95em}
.meta{color:#57606a;font-size:.9em}
.hidden{display:none}
#none{color:#57606a}
.title{color:#57606a}
.verdict{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.85em;border:1px solid #57606a;color:#57606a}
.verdict.fails-build{border-color:#cf222e;color:#fff;background:#82071e;font-weight:bold}
.verdict-line.fails{color:#82071e;font-weight:bold}
table.coverage tr.untested td{background:#fff8c5}
.catalog dd{margin:0 0 .6em 1.5em}
]]></xsl:text></style>
      </head>
      <body>
        <h1>maprace report<xsl:if test="string(@project)">: <xsl:value-of select="@project"/></xsl:if></h1>
        <xsl:call-template name="summary"/>
        <xsl:apply-templates select="problems[problem]"/>
        <h2>Findings</h2>
        <xsl:choose>
          <xsl:when test="findings/finding">
            <xsl:call-template name="filters"/>
            <p id="none" class="hidden">No finding matches the filter.</p>
            <xsl:apply-templates select="findings/finding"/>
          </xsl:when>
          <xsl:otherwise><p>No findings.</p></xsl:otherwise>
        </xsl:choose>
        <xsl:apply-templates select="coverage"/>
        <xsl:call-template name="catalog"/>
        <xsl:text>&#10;</xsl:text>
        <script><xsl:text><![CDATA[
(function () {
  'use strict';
  var boxes = document.querySelectorAll('input[data-filter]');
  function checked(kind) {
    var on = {};
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].getAttribute('data-filter') === kind && boxes[i].checked) { on[boxes[i].value] = true; }
    }
    return on;
  }
  function apply() {
    var rules = checked('rule'), severities = checked('severity'), shown = 0;
    var findings = document.querySelectorAll('.finding');
    for (var i = 0; i < findings.length; i++) {
      var f = findings[i];
      var visible = rules.hasOwnProperty(f.getAttribute('data-rule'))
          && severities.hasOwnProperty(f.getAttribute('data-severity'));
      f.classList.toggle('hidden', !visible);
      if (visible) { shown++; }
    }
    var none = document.getElementById('none');
    if (none) { none.classList.toggle('hidden', shown > 0 || findings.length === 0); }
  }
  for (var i = 0; i < boxes.length; i++) { boxes[i].addEventListener('change', apply); }
})();
]]></xsl:text></script>
      </body>
    </html>
  </xsl:template>

  <!-- concurrency coverage, the way a coverage report lists classes: one row per shared map -->
  <xsl:template match="coverage">
    <h2 id="coverage">Concurrency coverage</h2>
    <p class="meta">
      <xsl:value-of select="@exercised"/><xsl:text> of </xsl:text><xsl:value-of select="@maps"/>
      <xsl:text> shared maps were written by one thread while another used them in some test; the race detector
      only judged those. The others are UNTESTED_SHARED_MAP notes.</xsl:text>
    </p>
    <table class="counts coverage">
      <tr><th>Shared map</th><th>Location</th><th>Exercised concurrently</th><th>By tests</th><th>Shared because</th></tr>
      <xsl:for-each select="map">
        <tr class="{substring('untested', 1, 8 * (@exercised != 'true'))}">
          <td><code><xsl:value-of select="@name"/></code></td>
          <td class="site"><xsl:apply-templates select="location" mode="site"/></td>
          <td>
            <xsl:choose>
              <xsl:when test="@exercised = 'true'">yes</xsl:when>
              <xsl:otherwise><strong>no</strong></xsl:otherwise>
            </xsl:choose>
          </td>
          <td><xsl:for-each select="test"><code><xsl:value-of select="."/></code><xsl:if test="position() != last()"><br/></xsl:if></xsl:for-each></td>
          <td><xsl:value-of select="@sharedBecause"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template name="summary">
    <p class="headline"><xsl:value-of select="$s/@line"/></p>
    <xsl:choose>
      <xsl:when test="$s/@failing &gt; 0">
        <p class="verdict-line fails">
          <xsl:value-of select="$s/@failing"/>
          <xsl:choose>
            <xsl:when test="$s/@failing = 1"> finding fails the build</xsl:when>
            <xsl:otherwise> findings fail the build</xsl:otherwise>
          </xsl:choose>
          <xsl:text> (marked “fails the build” below).</xsl:text>
        </p>
      </xsl:when>
      <xsl:when test="findings/finding">
        <p class="verdict-line">No finding fails the build (the thresholds failOnRace and failOnSeverity, or the baseline, let them pass).</p>
      </xsl:when>
    </xsl:choose>
    <p class="meta">
      <xsl:choose>
        <xsl:when test="$s/@testsRan = 'true'">
          <xsl:text>Tests run: </xsl:text><xsl:value-of select="$s/@tests"/>
          <xsl:text>, failed: </xsl:text><xsl:value-of select="$s/@failedTests"/>
          <!-- reports stay byte-identical between runs, so the run time is in the build log, not here -->
          <xsl:if test="$s/@millis &gt; 0">
            <xsl:text>, time: </xsl:text><xsl:value-of select="format-number($s/@millis div 1000, '0.000')"/>
            <xsl:text> s</xsl:text>
          </xsl:if>
          <xsl:text>, agent errors: </xsl:text><xsl:value-of select="$s/@agentErrors"/>
          <xsl:if test="$s/@perturbSeed">
            <xsl:text>. Perturbed run (check-then-act windows widened), seed </xsl:text>
            <xsl:value-of select="$s/@perturbSeed"/>
            <xsl:text>: -Dmaprace.perturb -Dmaprace.seed=</xsl:text><xsl:value-of select="$s/@perturbSeed"/>
            <xsl:text> repeats its delay decisions</xsl:text>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>The dynamic pass (race detection over the tests) did not run.</xsl:otherwise>
      </xsl:choose>
    </p>
    <table class="counts">
      <tr><th>Severity</th><th>Findings</th></tr>
      <xsl:call-template name="severity-row"><xsl:with-param name="level" select="'error'"/></xsl:call-template>
      <xsl:call-template name="severity-row"><xsl:with-param name="level" select="'warning'"/></xsl:call-template>
      <xsl:call-template name="severity-row"><xsl:with-param name="level" select="'note'"/></xsl:call-template>
    </table>
    <xsl:if test="findings/finding">
      <table class="counts">
        <tr><th>Rule</th><th>Findings</th></tr>
        <xsl:for-each select="findings/finding[generate-id() = generate-id(key('by-rule', @rule)[1])]">
          <tr><td class="rule"><xsl:value-of select="@rule"/></td>
            <td class="n"><xsl:value-of select="count(key('by-rule', @rule))"/></td></tr>
        </xsl:for-each>
      </table>
    </xsl:if>
  </xsl:template>

  <!-- the rules that have findings, in the order of the findings, so that the page explains
       itself without the site; a finding's own fix names its field or call, the rule's is general -->
  <xsl:template name="catalog">
    <xsl:variable name="firsts" select="findings/finding[generate-id() = generate-id(key('by-rule', @rule)[1])]"/>
    <xsl:if test="$firsts[key('rule', @rule)]">
      <h2>Rules</h2>
      <dl class="catalog">
        <xsl:for-each select="$firsts">
          <xsl:for-each select="key('rule', @rule)">
            <dt><span class="rule"><xsl:value-of select="@id"/></span><xsl:text> – </xsl:text><xsl:value-of select="title"/></dt>
            <dd><xsl:value-of select="rationale"/>
              <xsl:if test="string(fix)"><br/><strong>In general: </strong><xsl:value-of select="fix"/></xsl:if>
              <!-- the page links nowhere (it works offline): it names the documentation section instead -->
              <xsl:if test="@guidance"><br/><strong>What it costs: </strong>
                <xsl:text>measured in the maprace documentation, page </xsl:text><em>Choosing a map</em>
                <xsl:text>, section </xsl:text><em><xsl:value-of select="@guidanceTitle"/></em>
                <xsl:text> (</xsl:text><code>choosing-a-map.html#<xsl:value-of select="@guidance"/></code>
                <xsl:text>).</xsl:text></xsl:if></dd>
          </xsl:for-each>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <xsl:template match="problems">
    <h2>Problems</h2>
    <ul class="problems">
      <xsl:for-each select="problem"><li><xsl:value-of select="."/></li></xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template name="filters">
    <fieldset>
      <legend>Rules</legend>
      <xsl:for-each select="findings/finding[generate-id() = generate-id(key('by-rule', @rule)[1])]">
        <label><input type="checkbox" data-filter="rule" value="{@rule}" checked="checked"/>
          <xsl:text> </xsl:text><xsl:value-of select="@rule"/></label>
      </xsl:for-each>
    </fieldset>
    <fieldset>
      <legend>Severity</legend>
      <label><input type="checkbox" data-filter="severity" value="error" checked="checked"/> error</label>
      <label><input type="checkbox" data-filter="severity" value="warning" checked="checked"/> warning</label>
      <label><input type="checkbox" data-filter="severity" value="note" checked="checked"/> note</label>
    </fieldset>
  </xsl:template>

  <xsl:template match="finding">
    <xsl:text>&#10;</xsl:text>
    <article class="finding sev-{@severity}" data-rule="{@rule}" data-severity="{@severity}" data-verdict="{@verdict}">
      <h3>
        <span class="rule"><xsl:value-of select="@rule"/></span>
        <xsl:if test="key('rule', @rule)/title">
          <xsl:text> </xsl:text><span class="title"><xsl:value-of select="key('rule', @rule)/title"/></span>
        </xsl:if>
        <xsl:text> </xsl:text><span class="sev"><xsl:value-of select="@severity"/></span>
        <xsl:text> </xsl:text><span class="site"><xsl:apply-templates select="location" mode="site"/></span>
        <xsl:text> </xsl:text><span class="meta">(<xsl:value-of select="@origin"/>)</span>
        <xsl:choose>
          <xsl:when test="@verdict = 'fails-build'">
            <xsl:text> </xsl:text><span class="verdict fails-build">fails the build</span>
          </xsl:when>
          <xsl:when test="@verdict = 'baselined'">
            <xsl:text> </xsl:text><span class="verdict baselined">in the baseline</span>
          </xsl:when>
        </xsl:choose>
      </h3>
      <p class="message"><xsl:value-of select="message"/></p>
      <xsl:if test="string(fix)">
        <p class="fix"><strong>Fix: </strong><xsl:value-of select="fix"/></p>
      </xsl:if>
      <xsl:apply-templates select="excerpt"/>
      <xsl:apply-templates select="race"/>
      <xsl:if test="related/location and not(race)">
        <p class="meta">Related:</p>
        <ul>
          <xsl:for-each select="related/location">
            <li><span class="site"><xsl:apply-templates select="." mode="site"/></span>
              <xsl:if test="string(@description)"><xsl:text> – </xsl:text><xsl:value-of select="@description"/></xsl:if></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </article>
  </xsl:template>

  <!-- the finding's line and the other lines of the finding in this excerpt (the check of a
       check-then-act, the other access of a race) are highlighted -->
  <xsl:template match="excerpt">
    <xsl:variable name="uri" select="../location/@uri"/>
    <xsl:variable name="hits" select="../location/@line | ../related/location[@uri = $uri]/@line"/>
    <pre class="excerpt"><xsl:for-each select="line">
        <span>
          <xsl:attribute name="class">line<xsl:if test="@number = $hits"> hit</xsl:if></xsl:attribute>
          <span class="no"><xsl:value-of select="@number"/></span><xsl:value-of select="."/>
        </span>
        <xsl:text>&#10;</xsl:text>
      </xsl:for-each></pre>
  </xsl:template>

  <xsl:template match="race">
    <p class="meta">
      <xsl:if test="string(@mapType)">
        <xsl:text>Map: </xsl:text><code><xsl:value-of select="@mapType"/></code>
        <xsl:if test="allocation">
          <xsl:text> allocated at </xsl:text><span class="site"><xsl:apply-templates select="allocation" mode="site"/></span>
        </xsl:if>
        <xsl:text>; </xsl:text>
      </xsl:if>
      <xsl:text>occurrences: </xsl:text><xsl:value-of select="@occurrences"/>
    </p>
    <xsl:if test="string(@test)">
      <p class="meta"><xsl:text>Test: </xsl:text><code><xsl:value-of select="@test"/></code></p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="check">
        <!-- an atomicity violation, as a timeline: each thread's check above its act or write -->
        <div class="accesses">
          <xsl:apply-templates select="check"><xsl:with-param name="label" select="'Check'"/></xsl:apply-templates>
          <xsl:choose>
            <xsl:when test="previousCheck">
              <xsl:apply-templates select="previousCheck"><xsl:with-param name="label" select="'Its check'"/></xsl:apply-templates>
            </xsl:when>
            <xsl:otherwise><div class="access none"><h4>Other thread</h4><div class="meta">no check of its own seen before its write</div></div></xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates select="current"><xsl:with-param name="label" select="'Act'"/></xsl:apply-templates>
          <xsl:apply-templates select="previous"><xsl:with-param name="label" select="'Interleaved write'"/></xsl:apply-templates>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <div class="accesses">
          <xsl:apply-templates select="current | previous"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="current | previous | check | previousCheck">
    <xsl:param name="label"/>
    <div class="access {local-name()}">
      <h4>
        <xsl:choose>
          <xsl:when test="string($label)"><xsl:value-of select="$label"/></xsl:when>
          <xsl:when test="string(@role)"><xsl:value-of select="@role"/></xsl:when>
          <xsl:when test="@write = 'true' and self::previous">Previous write</xsl:when>
          <xsl:when test="@write = 'true'">Write</xsl:when>
          <xsl:when test="self::previous">Previous read</xsl:when>
          <xsl:otherwise>Read</xsl:otherwise>
        </xsl:choose>
        <xsl:text> (</xsl:text><code><xsl:value-of select="@op"/></code><xsl:text>)</xsl:text>
      </h4>
      <div><xsl:text>Thread: </xsl:text><code><xsl:value-of select="@thread"/></code></div>
      <xsl:if test="location">
        <div><xsl:text>Site: </xsl:text><span class="site"><xsl:apply-templates select="location" mode="site"/></span></div>
      </xsl:if>
      <xsl:if test="stack/frame">
        <pre class="stack"><xsl:for-each select="stack/frame">
            <xsl:text>at </xsl:text><xsl:value-of select="."/><xsl:text>&#10;</xsl:text>
          </xsl:for-each></pre>
      </xsl:if>
    </div>
  </xsl:template>

  <xsl:template match="location | allocation" mode="site">
    <xsl:value-of select="@uri"/>
    <xsl:if test="@line &gt; 0">:<xsl:value-of select="@line"/></xsl:if>
  </xsl:template>

  <xsl:template name="severity-row">
    <xsl:param name="level"/>
    <tr><td><xsl:value-of select="$level"/></td>
      <td class="n"><xsl:value-of select="count(/maprace/findings/finding[@severity = $level])"/></td></tr>
  </xsl:template>
</xsl:stylesheet>
