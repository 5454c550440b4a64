// Runs only where a JDK 25 is installed at the path the IT uses.
return new File('/usr/lib/jvm/temurin-25-jdk-amd64/bin/java').canExecute()
