// The java that Surefire's <jvm> names in profile 'jvm' (under a bin directory, as Surefire
// requires): a script that notes each start in
// target/jvm-used.txt, then runs the real java ($REAL_JAVA, from <environmentVariables>).
def java = new File(basedir, 'jvm/bin/java')
java.parentFile.mkdirs()
java.text = '''#!/bin/sh
echo "started with $*" >> "$(dirname "$0")/../../target/jvm-used.txt"
exec "$REAL_JAVA" "$@"
'''
assert java.setExecutable(true) : "cannot make ${java} executable"
return true
