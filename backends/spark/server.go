package spark

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ServerOptions say how to start a Spark Connect server.
type ServerOptions struct {
	Install      Install
	Java         Java
	Master       string // local[*] or spark://host:port
	Conf         map[string]string
	DriverMemory string
	Timeout      time.Duration
}

// Server is a Spark Connect server running as a child of the kernel, in
// its own process group so that stopping it stops every JVM it started.
type Server struct {
	Port    int // gRPC port of Spark Connect
	UIPort  int // requested Spark UI port (Spark moves up if it is taken)
	LogPath string
	cmd     *exec.Cmd
	done    chan struct{} // closed when the process has exited
	exitErr error
}

// connectServerClass is what sbin/start-connect-server.sh runs.
const connectServerClass = "org.apache.spark.sql.connect.service.SparkConnectServer"

// Launch starts the server and waits until its gRPC port accepts
// connections, the process dies, ctx ends or opts.Timeout passes.
// progress gets a line now and then so a start is never a silent wait.
func Launch(ctx context.Context, opts ServerOptions, progress func(string)) (*Server, error) {
	s := &Server{done: make(chan struct{})}
	var err error
	if s.Port, err = portFromConf(opts.Conf, "spark.connect.grpc.binding.port"); err != nil {
		return nil, err
	}
	if s.UIPort, err = portFromConf(opts.Conf, "spark.ui.port"); err != nil {
		return nil, err
	}
	if strings.HasPrefix(opts.Master, "spark://") {
		if err := probeMaster(ctx, opts.Master); err != nil {
			return nil, err
		}
	}
	args, err := submitArgs(opts, s.Port, s.UIPort)
	if err != nil {
		return nil, err
	}
	logf, err := os.CreateTemp("", "spargo-spark-*.log")
	if err != nil {
		return nil, fmt.Errorf("create Spark log file: %w", err)
	}
	s.LogPath = logf.Name()
	s.cmd = exec.Command(filepath.Join(opts.Install.SparkHome, "bin", "spark-submit"), args...)
	s.cmd.Env = serverEnv(opts)
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	// Own process group: stop kills the group. Pdeathsig: the JVM dies with
	// the kernel, even when the kernel is SIGKILLed (spark-submit execs
	// java, so the signal reaches the JVM itself).
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := s.cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("run %s: %w", s.cmd.Path, err)
	}
	go func() {
		s.exitErr = s.cmd.Wait()
		logf.Close()
		close(s.done)
	}()
	if err := s.waitReady(ctx, opts.Timeout, progress); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

// submitArgs builds spark-submit's arguments for the Connect server.
func submitArgs(opts ServerOptions, port, uiPort int) ([]string, error) {
	args := []string{"--class", connectServerClass, "--name", "Spark Connect server (spargo)",
		"--master", opts.Master, "--driver-memory", opts.DriverMemory}
	if pkg := connectPackage(opts.Install); pkg != "" {
		args = append(args, "--packages", pkg)
	}
	conf := map[string]string{}
	for k, v := range opts.Conf {
		conf[k] = v
	}
	conf["spark.connect.grpc.binding.port"] = fmt.Sprint(port)
	conf["spark.ui.port"] = fmt.Sprint(uiPort)
	keys := make([]string, 0, len(conf))
	for k := range conf {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		args = append(args, "--conf", k+"="+conf[k])
	}
	return args, nil
}

// connectPackage returns the Maven coordinate of the Connect server for a
// 3.4/3.5 home that lacks its jar (4.x bundles it; spargo's installs of
// 3.5 have it in jars/).
func connectPackage(in Install) string {
	matches, _ := filepath.Glob(filepath.Join(in.SparkHome, "jars", "spark-connect_*.jar"))
	if len(matches) > 0 {
		return ""
	}
	return fmt.Sprintf("org.apache.spark:spark-connect_%s:%s", scalaVersion(in.SparkHome), in.Version)
}

func serverEnv(opts ServerOptions) []string {
	var env []string
	for _, kv := range os.Environ() {
		// A SPARK_HOME or JAVA_HOME from the kernel's environment must not
		// override the install chosen for this version.
		if !strings.HasPrefix(kv, "SPARK_HOME=") && !strings.HasPrefix(kv, "JAVA_HOME=") && !strings.HasPrefix(kv, "PYSPARK_") {
			env = append(env, kv)
		}
	}
	env = append(env, "SPARK_HOME="+opts.Install.SparkHome)
	if opts.Java.Home != "" {
		env = append(env, "JAVA_HOME="+opts.Java.Home)
	} else {
		env = append(env, "JAVA_HOME="+filepath.Dir(filepath.Dir(resolve(opts.Java.Bin))))
	}
	return env
}

func resolve(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// portFromConf returns the port set by key in conf, checking that it is
// free, or a free port chosen by the system.
func portFromConf(conf map[string]string, key string) (int, error) {
	if v, ok := conf[key]; ok {
		p, err := strconv.Atoi(v)
		if err != nil || p <= 0 || p > 65535 {
			return 0, fmt.Errorf("--conf %s=%s: not a port number", key, v)
		}
		l, err := net.Listen("tcp", fmt.Sprintf(":%d", p))
		if err != nil {
			return 0, fmt.Errorf("port %d (%s) is in use: stop what uses it, or pick another port with --conf %s=PORT (or leave it out: spargo picks a free one)", p, key, key)
		}
		l.Close()
		return p, nil
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// probeMaster fails fast, with a clear message, when a standalone master
// does not answer (Spark itself would retry for a minute, then exit).
func probeMaster(ctx context.Context, master string) error {
	hosts := strings.Split(strings.TrimPrefix(master, "spark://"), ",")
	var errs []error
	for _, h := range hosts {
		d := net.Dialer{Timeout: 5 * time.Second}
		c, err := d.DialContext(ctx, "tcp", h)
		if err == nil {
			c.Close()
			return nil
		}
		errs = append(errs, err)
	}
	return fmt.Errorf("the cluster master %s does not answer (%v): check the URL and that the master runs (its web UI lists it as ALIVE)", master, errors.Join(errs...))
}

func (s *Server) waitReady(ctx context.Context, timeout time.Duration, progress func(string)) error {
	start := time.Now()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	lastNote := start
	for {
		select {
		case <-s.done:
			return fmt.Errorf("the Spark Connect server exited while starting (%v); its log %s ends with:\n%s", s.exitErr, s.LogPath, s.LogTail(20))
		case <-ctx.Done():
			return fmt.Errorf("start interrupted: %w", ctx.Err())
		case <-tick.C:
		}
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.Port), time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Since(start) > timeout {
			return fmt.Errorf("the Spark Connect server did not open port %d within %s; its log %s ends with:\n%s", s.Port, timeout, s.LogPath, s.LogTail(20))
		}
		if time.Since(lastNote) >= 5*time.Second {
			lastNote = time.Now()
			progress(fmt.Sprintf("... still starting (%.0f s)", time.Since(start).Seconds()))
		}
	}
}

// Alive reports whether the server process is still running.
func (s *Server) Alive() bool {
	select {
	case <-s.done:
		return false
	default:
		return true
	}
}

// ExitErr is how the process ended (nil while it runs).
func (s *Server) ExitErr() error {
	if s.Alive() {
		return nil
	}
	return s.exitErr
}

// Stop ends the server's process group: SIGTERM, then SIGKILL after 5 s.
func (s *Server) Stop() {
	if s == nil || s.cmd == nil || s.cmd.Process == nil {
		return
	}
	pgid := s.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
	}
	// Kill what is left of the group (children of the JVM too).
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
	<-s.done
}

// LogTail returns the last n lines of the server's log.
func (s *Server) LogTail(n int) string {
	b, err := os.ReadFile(s.LogPath)
	if err != nil {
		return ""
	}
	lines := bytes.Split(bytes.TrimRight(b, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

// Remote is the sc:// URL of the server.
func (s *Server) Remote(user string) string {
	return fmt.Sprintf("sc://127.0.0.1:%d/;user_id=%s", s.Port, url.PathEscape(user))
}
