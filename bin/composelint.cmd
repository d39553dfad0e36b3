@echo off
rem composelint launcher for Windows: runs lib\composelint.jar of the binary distribution with Java 17+
rem (JAVA_HOME, else java on PATH). Extra JVM flags: set COMPOSELINT_JAVA_OPTS.
setlocal
set "COMPOSELINT_HOME=%~dp0.."
set "COMPOSELINT_JAR=%COMPOSELINT_HOME%\lib\composelint.jar"
if not exist "%COMPOSELINT_JAR%" (
  echo composelint: %COMPOSELINT_JAR% not found; use the binary distribution or build with mvn -DskipTests package 1>&2
  exit /b 2
)
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %COMPOSELINT_JAVA_OPTS% -jar "%COMPOSELINT_JAR%" %*
exit /b %ERRORLEVEL%
