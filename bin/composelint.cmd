@echo off
rem composelint launcher for Windows: runs lib\composelint.jar of the binary distribution with Java 17+
rem (COMPOSELINT_JAVA, a java.exe or a Java home, else JAVA_HOME, else java on PATH). Extra JVM flags: set
rem COMPOSELINT_JAVA_OPTS. No start-up cache here (see bin/composelint); -Xshare:auto maps the JDK's own.
setlocal
set "COMPOSELINT_HOME=%~dp0.."
set "COMPOSELINT_JAR=%COMPOSELINT_HOME%\lib\composelint.jar"
if not exist "%COMPOSELINT_JAR%" (
  echo composelint: %COMPOSELINT_JAR% not found; use the binary distribution or build with mvn -DskipTests package 1>&2
  exit /b 2
)
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined COMPOSELINT_JAVA set "JAVA_EXE=%COMPOSELINT_JAVA%"
if defined COMPOSELINT_JAVA if exist "%COMPOSELINT_JAVA%\bin\java.exe" set "JAVA_EXE=%COMPOSELINT_JAVA%\bin\java.exe"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -Xmn256m -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto %COMPOSELINT_JAVA_OPTS% -jar "%COMPOSELINT_JAR%" %*
exit /b %ERRORLEVEL%
