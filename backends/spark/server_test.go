package spark

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// confArgs returns the values of the --conf arguments, in order.
func confArgs(args []string) []string {
	var out []string
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "--conf" {
			out = append(out, args[i+1])
			i++
		}
	}
	return out
}

// argAfter returns the argument after flag, or "" when flag is absent.
func argAfter(args []string, flag string) string {
	for i := 0; i+1 < len(args); i++ {
		if args[i] == flag {
			return args[i+1]
		}
	}
	return ""
}

func TestSubmitArgs(t *testing.T) {
	home35 := makeHome(t, filepath.Join(t.TempDir(), "3.5.7"), "spark-core_2.12-3.5.7.jar")
	conf := map[string]string{
		"spark.sql.shuffle.partitions":    "4",
		"spark.executor.memory":           "2g",
		"spark.ui.port":                   "1",     // replaced by the chosen port
		"spark.connect.grpc.binding.port": "2",     // replaced by the chosen port
		"spark.a.first":                   "x=y z", // values pass unquoted
	}
	orig := map[string]string{}
	for k, v := range conf {
		orig[k] = v
	}
	opts := ServerOptions{
		Install:      Install{Version: "3.5.7", SparkHome: home35},
		Master:       "local[*]",
		Conf:         conf,
		DriverMemory: "3g",
	}
	args, err := submitArgs(opts, 15002, 4041)
	if err != nil {
		t.Fatal(err)
	}
	if got := argAfter(args, "--class"); got != "org.apache.spark.sql.connect.service.SparkConnectServer" {
		t.Errorf("--class %q", got)
	}
	if got := argAfter(args, "--master"); got != "local[*]" {
		t.Errorf("--master %q", got)
	}
	if got := argAfter(args, "--driver-memory"); got != "3g" {
		t.Errorf("--driver-memory %q", got)
	}
	if got := argAfter(args, "--packages"); got != "org.apache.spark:spark-connect_2.12:3.5.7" {
		t.Errorf("--packages %q, want org.apache.spark:spark-connect_2.12:3.5.7", got)
	}
	wantConf := []string{
		"spark.a.first=x=y z",
		"spark.connect.grpc.binding.port=15002",
		"spark.executor.memory=2g",
		"spark.sql.shuffle.partitions=4",
		"spark.ui.port=4041",
	}
	if got := confArgs(args); !reflect.DeepEqual(got, wantConf) {
		t.Errorf("--conf values = %q, want %q (sorted, chosen ports)", got, wantConf)
	}
	if !reflect.DeepEqual(conf, orig) {
		t.Errorf("submitArgs changed the caller's conf: %v", conf)
	}
	// Every flag takes one value: the list has an even length and starts
	// with flags.
	if len(args)%2 != 0 {
		t.Errorf("odd number of arguments: %q", args)
	}
	for i := 0; i < len(args); i += 2 {
		if !strings.HasPrefix(args[i], "--") {
			t.Errorf("argument %d %q is not a flag: %q", i, args[i], args)
		}
	}

	// With the Connect jar in jars/, no --packages.
	makeHome(t, home35, "spark-connect_2.12-3.5.7.jar")
	args, err = submitArgs(opts, 15002, 4041)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(args, "--packages") {
		t.Errorf("--packages despite jars/spark-connect_2.12-3.5.7.jar: %q", args)
	}
}

func TestSubmitArgsNoConf(t *testing.T) {
	home := makeHome(t, t.TempDir(), "spark-core_2.13-4.0.1.jar", "spark-connect_2.13-4.0.1.jar")
	args, err := submitArgs(ServerOptions{Install: Install{Version: "4.0.1", SparkHome: home}, Master: "spark://h:7077", DriverMemory: "1g"}, 1234, 5678)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := confArgs(args), []string{"spark.connect.grpc.binding.port=1234", "spark.ui.port=5678"}; !reflect.DeepEqual(got, want) {
		t.Errorf("--conf values = %q, want %q", got, want)
	}
	if slices.Contains(args, "--packages") {
		t.Errorf("--packages for a home with its Connect jar: %q", args)
	}
	if got := argAfter(args, "--master"); got != "spark://h:7077" {
		t.Errorf("--master %q", got)
	}
}

func TestConnectPackage(t *testing.T) {
	root := t.TempDir()
	cases := []struct {
		name, version string
		jars          []string
		want          string
	}{
		{"35-212", "3.5.7", []string{"spark-core_2.12-3.5.7.jar"}, "org.apache.spark:spark-connect_2.12:3.5.7"},
		{"35-213", "3.5.7", []string{"spark-core_2.13-3.5.7.jar"}, "org.apache.spark:spark-connect_2.13:3.5.7"},
		{"34", "3.4.4", []string{"spark-core_2.12-3.4.4.jar"}, "org.apache.spark:spark-connect_2.12:3.4.4"},
		{"35-with-jar", "3.5.7", []string{"spark-core_2.12-3.5.7.jar", "spark-connect_2.12-3.5.7.jar"}, ""},
		{"40-with-jar", "4.0.1", []string{"spark-core_2.13-4.0.1.jar", "spark-connect_2.13-4.0.1.jar"}, ""},
	}
	for _, c := range cases {
		home := makeHome(t, filepath.Join(root, c.name), c.jars...)
		if got := connectPackage(Install{Version: c.version, SparkHome: home}); got != c.want {
			t.Errorf("%s: connectPackage = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestPortFromConf(t *testing.T) {
	const key = "spark.ui.port"
	// Unset: a free port chosen by the system.
	p, err := portFromConf(map[string]string{"other": "1"}, key)
	if err != nil || p <= 0 || p > 65535 {
		t.Fatalf("portFromConf unset = %d, %v", p, err)
	}
	if p2, err := portFromConf(nil, key); err != nil || p2 <= 0 {
		t.Errorf("portFromConf(nil) = %d, %v", p2, err)
	}

	// A free port given in conf is kept.
	l, err := net.Listen("tcp", ":0")
	if err != nil {
		t.Fatal(err)
	}
	busy := l.Addr().(*net.TCPAddr).Port
	got, err := portFromConf(map[string]string{key: fmt.Sprint(busy)}, key)
	if err == nil {
		t.Errorf("portFromConf of the in-use port %d = %d, want an error", busy, got)
	} else {
		for _, want := range []string{fmt.Sprintf("port %d", busy), "is in use", "--conf " + key + "=PORT"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("in-use error %q does not contain %q", err, want)
			}
		}
	}
	l.Close()
	if got, err := portFromConf(map[string]string{key: fmt.Sprint(busy)}, key); err != nil || got != busy {
		t.Errorf("portFromConf of the freed port %d = %d, %v", busy, got, err)
	}

	for _, bad := range []string{"abc", "", "-1", "0", "65536", "99999"} {
		if got, err := portFromConf(map[string]string{key: bad}, key); err == nil {
			t.Errorf("portFromConf(%q) = %d, want an error", bad, got)
		} else if !strings.Contains(err.Error(), "not a port number") || !strings.Contains(err.Error(), key+"="+bad) {
			t.Errorf("portFromConf(%q) error %q", bad, err)
		}
	}
}

func TestPortFromConfTrailingGarbage(t *testing.T) {
	const key = "spark.ui.port"
	l, err := net.Listen("tcp", ":0")
	if err != nil {
		t.Fatal(err)
	}
	free := l.Addr().(*net.TCPAddr).Port
	l.Close()
	for _, bad := range []string{fmt.Sprintf("%dx", free), fmt.Sprintf("%d %d", free, free), fmt.Sprintf("%d.5", free), fmt.Sprintf("%#x", free)} {
		if got, err := portFromConf(map[string]string{key: bad}, key); err == nil {
			t.Errorf("portFromConf(%q) = %d, want a 'not a port number' error", bad, got)
		}
	}
}

// closedPort returns a loopback port nothing listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return p
}

func TestProbeMaster(t *testing.T) {
	ctx := context.Background()
	closed := closedPort(t)
	master := fmt.Sprintf("spark://127.0.0.1:%d", closed)
	err := probeMaster(ctx, master)
	if err == nil {
		t.Fatal("probeMaster of a closed port: no error")
	}
	for _, want := range []string{"the cluster master " + master, "does not answer", "ALIVE"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	open := l.Addr().(*net.TCPAddr).Port
	if err := probeMaster(ctx, fmt.Sprintf("spark://127.0.0.1:%d", open)); err != nil {
		t.Errorf("probeMaster of a listening port: %v", err)
	}
	// High availability: one of several masters answering is enough.
	if err := probeMaster(ctx, fmt.Sprintf("spark://127.0.0.1:%d,127.0.0.1:%d", closed, open)); err != nil {
		t.Errorf("probeMaster with one live master of two: %v", err)
	}
	if err := probeMaster(ctx, fmt.Sprintf("spark://127.0.0.1:%d,127.0.0.1:%d", closed, closedPort(t))); err == nil {
		t.Error("probeMaster with two dead masters: no error")
	}
}

func TestServerEnv(t *testing.T) {
	t.Setenv("SPARK_HOME", "/wrong/spark")
	t.Setenv("JAVA_HOME", "/wrong/java")
	t.Setenv("PYSPARK_PYTHON", "/wrong/python")
	t.Setenv("SPARGO_TEST_KEEP", "kept")

	env := serverEnv(ServerOptions{Install: Install{SparkHome: "/opt/spark"}, Java: Java{Home: "/opt/jdk17", Bin: "/opt/jdk17/bin/java"}})
	count := func(prefix string) (n int, last string) {
		for _, kv := range env {
			if strings.HasPrefix(kv, prefix) {
				n, last = n+1, kv
			}
		}
		return n, last
	}
	if n, kv := count("SPARK_HOME="); n != 1 || kv != "SPARK_HOME=/opt/spark" {
		t.Errorf("SPARK_HOME: %d entries, last %q", n, kv)
	}
	if n, kv := count("JAVA_HOME="); n != 1 || kv != "JAVA_HOME=/opt/jdk17" {
		t.Errorf("JAVA_HOME: %d entries, last %q", n, kv)
	}
	if n, _ := count("PYSPARK_"); n != 0 {
		t.Errorf("PYSPARK_ variables passed on: %q", env)
	}
	if n, _ := count("SPARGO_TEST_KEEP=kept"); n != 1 {
		t.Errorf("other variables dropped: %q", env)
	}

	// Java from PATH: JAVA_HOME is the directory above bin/, after
	// symlinks (as with /usr/bin/java -> /usr/lib/jvm/.../bin/java).
	root := t.TempDir()
	jdk := filepath.Join(root, "jvm", "jdk-17")
	if err := os.MkdirAll(filepath.Join(jdk, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(jdk, "bin", "java"), nil, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "usr", "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(root, "usr", "bin", "java")
	if err := os.Symlink(filepath.Join(jdk, "bin", "java"), link); err != nil {
		t.Fatal(err)
	}
	env = serverEnv(ServerOptions{Install: Install{SparkHome: "/opt/spark"}, Java: Java{Bin: link}})
	wantHome, _ := filepath.EvalSymlinks(jdk)
	if _, kv := count("JAVA_HOME="); kv != "JAVA_HOME="+wantHome {
		t.Errorf("JAVA_HOME from a symlinked java = %q, want %s", kv, wantHome)
	}
	env = serverEnv(ServerOptions{Install: Install{SparkHome: "/opt/spark"}, Java: Java{Bin: "/nonexistent/jdk/bin/java"}})
	if _, kv := count("JAVA_HOME="); kv != "JAVA_HOME=/nonexistent/jdk" {
		t.Errorf("JAVA_HOME from a missing java = %q", kv)
	}
}

func TestServerRemoteAndNilStop(t *testing.T) {
	s := &Server{Port: 15002}
	if got, want := s.Remote("alice"), "sc://127.0.0.1:15002/;user_id=alice"; got != want {
		t.Errorf("Remote = %q, want %q", got, want)
	}
	if got, want := s.Remote("a b/c"), "sc://127.0.0.1:15002/;user_id=a%20b%2Fc"; got != want {
		t.Errorf("Remote = %q, want %q", got, want)
	}
	var nilServer *Server
	nilServer.Stop()   // must not panic
	(&Server{}).Stop() // never started: must not panic
}

func TestLogTail(t *testing.T) {
	log := filepath.Join(t.TempDir(), "spark.log")
	var b strings.Builder
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "line %d\n", i)
	}
	if err := os.WriteFile(log, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	s := &Server{LogPath: log}
	if got, want := s.LogTail(3), "line 28\nline 29\nline 30"; got != want {
		t.Errorf("LogTail(3) = %q, want %q", got, want)
	}
	if got := s.LogTail(100); !strings.HasPrefix(got, "line 1\n") || !strings.HasSuffix(got, "line 30") {
		t.Errorf("LogTail(100) = %q", got)
	}
	if got := (&Server{LogPath: filepath.Join(t.TempDir(), "none")}).LogTail(5); got != "" {
		t.Errorf("LogTail of a missing log = %q", got)
	}
}

// TestFakeSparkSubmitHelper is not a test: it is the fake spark-submit
// the Launch tests run (the test binary re-executed). It prints its
// environment and arguments, then listens on the Connect port until killed.
func TestFakeSparkSubmitHelper(t *testing.T) {
	if os.Getenv("SPARGO_FAKE_SPARK_SUBMIT") != "1" {
		t.Skip("helper process for the Launch tests")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	fmt.Printf("SPARK_HOME=%s\nJAVA_HOME=%s\nPYSPARK_PYTHON=%s\nARGS=%s\n",
		os.Getenv("SPARK_HOME"), os.Getenv("JAVA_HOME"), os.Getenv("PYSPARK_PYTHON"), strings.Join(args, " "))
	port := ""
	for _, kv := range confArgs(args) {
		if v, ok := strings.CutPrefix(kv, "spark.connect.grpc.binding.port="); ok {
			port = v
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		fmt.Println("listen:", err)
		os.Exit(2)
	}
	fmt.Println("listening on", l.Addr())
	for {
		c, err := l.Accept()
		if err != nil {
			os.Exit(3)
		}
		c.Close()
	}
}

// fakeSparkHome returns a 4.0.1 home (with its Connect jar) whose
// bin/spark-submit runs script.
func fakeSparkHome(t *testing.T, script string) string {
	t.Helper()
	home := makeHome(t, t.TempDir(), "spark-core_2.13-4.0.1.jar", "spark-connect_2.13-4.0.1.jar")
	if err := os.MkdirAll(filepath.Join(home, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "bin", "spark-submit"), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	return home
}

// launchOpts returns options to launch the server in home. It sends the
// server logs Launch creates into the test's temp dir.
func launchOpts(t *testing.T, home string, timeout time.Duration) ServerOptions {
	t.Helper()
	t.Setenv("TMPDIR", t.TempDir())
	return ServerOptions{
		Install:      Install{Version: "4.0.1", SparkHome: home},
		Java:         Java{Home: "/opt/fake-jdk", Bin: "/opt/fake-jdk/bin/java", Major: 17},
		Master:       "local[*]",
		Conf:         map[string]string{},
		DriverMemory: "1g",
		Timeout:      timeout,
	}
}

func processGroupGone(pgid int) bool {
	return errors.Is(syscall.Kill(-pgid, 0), syscall.ESRCH)
}

func TestLaunchAndStop(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip("no test executable path")
	}
	t.Setenv("SPARGO_FAKE_SPARK_SUBMIT", "1")
	t.Setenv("SPARK_HOME", "/wrong/spark")
	t.Setenv("PYSPARK_PYTHON", "/wrong/python")
	home := fakeSparkHome(t, fmt.Sprintf("exec '%s' -test.run='^TestFakeSparkSubmitHelper$' -- \"$@\"\n", exe))
	opts := launchOpts(t, home, 60*time.Second)
	opts.Conf["spark.test.k"] = "v"
	var notes []string
	s, err := Launch(context.Background(), opts, func(s string) { notes = append(notes, s) })
	if err != nil {
		t.Fatalf("Launch: %v", err)
	}
	defer s.Stop()
	if !s.Alive() || s.ExitErr() != nil {
		t.Fatalf("server not alive after Launch: %v", s.ExitErr())
	}
	if s.Port <= 0 || s.UIPort <= 0 || s.Port == s.UIPort {
		t.Errorf("ports %d, %d", s.Port, s.UIPort)
	}
	c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.Port), 2*time.Second)
	if err != nil {
		t.Fatalf("Connect port %d does not answer: %v", s.Port, err)
	}
	c.Close()
	if !strings.HasPrefix(s.Remote("u"), fmt.Sprintf("sc://127.0.0.1:%d/", s.Port)) {
		t.Errorf("Remote = %s", s.Remote("u"))
	}
	// The helper printed its environment to the log before listening.
	logText := s.LogTail(50)
	for _, want := range []string{
		"SPARK_HOME=" + home + "\n",
		"JAVA_HOME=/opt/fake-jdk\n",
		"PYSPARK_PYTHON=\n",
		"--class " + connectServerClass,
		fmt.Sprintf("--conf spark.connect.grpc.binding.port=%d", s.Port),
		fmt.Sprintf("--conf spark.ui.port=%d", s.UIPort),
		"--conf spark.test.k=v",
	} {
		if !strings.Contains(logText, want) {
			t.Errorf("server log does not contain %q:\n%s", want, logText)
		}
	}
	pgid := s.cmd.Process.Pid
	s.Stop()
	if s.Alive() {
		t.Error("server alive after Stop")
	}
	if s.ExitErr() == nil {
		t.Error("ExitErr is nil after a stop by signal")
	}
	if !processGroupGone(pgid) {
		t.Errorf("process group %d still exists after Stop", pgid)
	}
	s.Stop() // a second Stop returns at once
}

func TestLaunchServerExits(t *testing.T) {
	home := fakeSparkHome(t, "echo 'Exception in thread main: fake failure'\nexit 7\n")
	_, err := Launch(context.Background(), launchOpts(t, home, time.Minute), func(string) {})
	if err == nil {
		t.Fatal("Launch of a failing server: no error")
	}
	for _, want := range []string{"exited while starting", "exit status 7", "fake failure"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
}

func TestLaunchTimeout(t *testing.T) {
	home := fakeSparkHome(t, "echo starting\nexec sleep 60\n")
	start := time.Now()
	_, err := Launch(context.Background(), launchOpts(t, home, 300*time.Millisecond), func(string) {})
	if err == nil {
		t.Fatal("Launch of a server that never listens: no error")
	}
	for _, want := range []string{"did not open port", "within 300ms", "starting"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Launch took %s to time out (Stop did not kill the server?)", d)
	}
}

func TestLaunchInterrupted(t *testing.T) {
	home := fakeSparkHome(t, "exec sleep 60\n")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	_, err := Launch(ctx, launchOpts(t, home, time.Minute), func(string) {})
	if err == nil || !strings.Contains(err.Error(), "start interrupted") || !errors.Is(err, context.Canceled) {
		t.Errorf("Launch cancelled: %v, want a 'start interrupted' error wrapping context.Canceled", err)
	}
}

func TestLaunchEarlyErrors(t *testing.T) {
	home := fakeSparkHome(t, "echo must not run >&2\nexit 1\n")

	opts := launchOpts(t, home, time.Minute)
	opts.Conf["spark.connect.grpc.binding.port"] = "nope"
	if _, err := Launch(context.Background(), opts, func(string) {}); err == nil || !strings.Contains(err.Error(), "not a port number") {
		t.Errorf("Launch with a bad port: %v", err)
	}

	opts = launchOpts(t, home, time.Minute)
	opts.Conf["spark.ui.port"] = "-5"
	if _, err := Launch(context.Background(), opts, func(string) {}); err == nil || !strings.Contains(err.Error(), "spark.ui.port=-5") {
		t.Errorf("Launch with a bad UI port: %v", err)
	}

	opts = launchOpts(t, home, time.Minute)
	opts.Master = fmt.Sprintf("spark://127.0.0.1:%d", closedPort(t))
	if _, err := Launch(context.Background(), opts, func(string) {}); err == nil || !strings.Contains(err.Error(), "does not answer") {
		t.Errorf("Launch against a dead master: %v", err)
	}

	opts = launchOpts(t, filepath.Join(t.TempDir(), "no-spark"), time.Minute)
	if _, err := Launch(context.Background(), opts, func(string) {}); err == nil || !strings.Contains(err.Error(), "spark-submit") {
		t.Errorf("Launch without bin/spark-submit: %v", err)
	}
}

func TestManagerWithoutSession(t *testing.T) {
	t.Setenv("SPARGO_CONFIG", filepath.Join(t.TempDir(), "none.json"))
	t.Setenv("SPARGO_DATA", t.TempDir())
	m := NewManager("plain")
	if m.Mode() != "plain" {
		t.Errorf("Mode = %q", m.Mode())
	}
	if st := m.Status(); st.Active != nil || st.Alive || st.Problem != "" {
		t.Errorf("Status without a session = %+v", st)
	}
	if m.Stop() {
		t.Error("Stop reported a session")
	}
	m.Close()
	if _, err := m.Session(context.Background(), func(string) {}); err == nil || !strings.Contains(err.Error(), "%spark start local") {
		t.Errorf("Session in a plain kernel: %v", err)
	}
	orig := errors.New("query failed")
	if got := m.Explain(orig); got != orig {
		t.Errorf("Explain without a session = %v, want the error unchanged", got)
	}
	if m.Explain(nil) != nil {
		t.Error("Explain(nil) != nil")
	}
	if ins, err := m.Installs(); err != nil || len(ins) != 0 {
		t.Errorf("Installs = %v, %v; want none", ins, err)
	}

	if _, err := m.Connect(context.Background(), "http://localhost:15002"); err == nil || !strings.Contains(err.Error(), "not a Spark Connect URL") {
		t.Errorf("Connect to an http URL: %v", err)
	}
	remote := fmt.Sprintf("sc://127.0.0.1:%d", closedPort(t))
	if _, err := m.Connect(context.Background(), remote); err == nil || !strings.Contains(err.Error(), "no Spark Connect server answers") {
		t.Errorf("Connect to a closed port: %v", err)
	}

	// A local kernel starts Spark on first use; with nothing installed,
	// that fails with the install hint.
	lm := NewManager("local")
	if _, err := lm.Session(context.Background(), func(string) {}); err == nil || !strings.Contains(err.Error(), "no Spark version is installed") {
		t.Errorf("Session in a local kernel with no Spark: %v", err)
	}
}

func TestActiveSummary(t *testing.T) {
	a := &Active{Mode: "local", Version: "4.0.1", Master: "local[*]", UI: "http://localhost:4040"}
	if got, want := a.Summary(), "Spark 4.0.1 ready: master local[*], Spark UI http://localhost:4040 (mode local)"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
	a.UI = ""
	if got := a.Summary(); !strings.Contains(got, "Spark UI unknown") {
		t.Errorf("Summary without UI = %q", got)
	}
}

func TestUIHostAndUserName(t *testing.T) {
	t.Setenv("SPARGO_UI_HOST", "")
	if got := uiHost(); got != "localhost" {
		t.Errorf("uiHost = %q", got)
	}
	t.Setenv("SPARGO_UI_HOST", "hub.example.org")
	if got := uiHost(); got != "hub.example.org" {
		t.Errorf("uiHost = %q", got)
	}
	t.Setenv("JUPYTERHUB_USER", "carol")
	if got := userName(); got != "carol" {
		t.Errorf("userName = %q", got)
	}
	t.Setenv("JUPYTERHUB_USER", "")
	if got := userName(); got == "" {
		t.Error("userName is empty")
	}
}
