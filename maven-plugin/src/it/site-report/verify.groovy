// The site holds the composelint page: the findings, the workspace graph, the rule docs, inside the site's skin.
def page = new File(basedir, 'target/site/composelint.html')
assert page.isFile() : 'mvn site wrote composelint.html'
def html = page.getText('UTF-8')
assert html.contains('port-conflict') : 'the port conflict is reported'
assert html.contains('obsolete-version')
assert html.contains('<svg') && html.contains('class="edge') : 'the workspace graph is on the page'
assert html.contains('<pre class="frame">') : 'findings have code frames'
assert html.contains('id="rule-port-conflict"') && html.contains('<pre class="doc">') : 'the rule docs are on the page'
assert html.contains('<table') : 'the summary table'
def index = new File(basedir, 'target/site/project-reports.html')
assert index.isFile() && index.getText('UTF-8').contains('composelint.html') : 'listed among the project reports'
def direct = new File(basedir, 'target/reports/composelint.html')
assert direct.isFile() : 'the goal run directly renders the same page'
assert direct.getText('UTF-8').contains('id="rule-port-conflict"')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') && !log.contains('BUILD FAILURE') : 'a report never fails the build'
return true
