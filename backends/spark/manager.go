package spark

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/user"
	"strings"
	"sync"
	"time"

	"github.com/apache/spark-connect-go/spark/sql"
)

// StartOptions are the arguments of `%spark start`.
type StartOptions struct {
	Mode         string // "local" or "cluster"
	Version      string // "", "3.5", "3.5.x", "4", exact
	Master       string // cluster: spark:// URL or a cluster name from config; local: local[N]
	Conf         map[string]string
	DriverMemory string
}

// Active describes the running Spark session.
type Active struct {
	Mode    string // local, cluster or connect
	Version string
	Master  string
	UI      string
	Remote  string
	LogPath string
	Started time.Time
	server  *Server // nil when attached with %spark connect
	session sql.SparkSession
}

// Manager owns the session's Spark: at most one server and one client
// session at a time. It is safe for concurrent use.
type Manager struct {
	mu       sync.Mutex
	kernMode string // plain, local or cluster: what a first use starts
	cfgPath  string
	dirs     []string
	cur      *Active
	lastErr  error // why the last session died, for status
}

// NewManager returns a manager for a kernel in mode (plain, local or
// cluster). In local and cluster mode the first use of `spark` starts a
// server with the configured defaults.
func NewManager(mode string) *Manager {
	return &Manager{kernMode: mode, cfgPath: ConfigPath(), dirs: SearchDirs()}
}

// Mode is the kernel's mode.
func (m *Manager) Mode() string { return m.kernMode }

// Config loads the config file.
func (m *Manager) Config() (Config, error) { return LoadConfig(m.cfgPath) }

// Installs lists the Spark versions the session can start.
func (m *Manager) Installs() ([]Install, error) {
	cfg, err := m.Config()
	if err != nil {
		return nil, err
	}
	return Discover(cfg, m.dirs), nil
}

// Start stops the current session, if any, and starts a new server.
func (m *Manager) Start(ctx context.Context, opts StartOptions, progress func(string)) (*Active, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.startLocked(ctx, opts, progress)
}

func (m *Manager) startLocked(ctx context.Context, opts StartOptions, progress func(string)) (*Active, error) {
	cfg, err := m.Config()
	if err != nil {
		return nil, err
	}
	m.stopLocked()
	so, err := m.serverOptions(cfg, opts)
	if err != nil {
		return nil, err
	}
	progress(fmt.Sprintf("starting Spark %s (%s, Java %d) ...", so.Install.Version, so.Master, so.Java.Major))
	srv, err := Launch(ctx, so, progress)
	if err != nil {
		return nil, fmt.Errorf("start Spark %s: %w", so.Install.Version, err)
	}
	a := &Active{Mode: opts.Mode, Version: so.Install.Version, Master: so.Master, server: srv,
		UI: fmt.Sprintf("http://%s:%d", uiHost(), srv.UIPort), Remote: srv.Remote(userName()), LogPath: srv.LogPath, Started: time.Now()}
	if err := connectSession(ctx, a); err != nil {
		srv.Stop()
		return nil, fmt.Errorf("start Spark %s: %w; server log: %s", so.Install.Version, err, srv.LogPath)
	}
	m.cur, m.lastErr = a, nil
	return a, nil
}

// serverOptions resolves version, Java, master and confs for a start.
func (m *Manager) serverOptions(cfg Config, opts StartOptions) (ServerOptions, error) {
	conf := map[string]string{}
	for k, v := range cfg.Conf {
		conf[k] = v
	}
	master, version := "local[*]", opts.Version
	if opts.Mode == "cluster" {
		name := opts.Master
		if name == "" {
			name = cfg.DefaultCluster
		}
		if name == "" {
			return ServerOptions{}, fmt.Errorf("no cluster given: use `%%spark start cluster --master spark://HOST:7077`, or set default_cluster in %s", m.cfgPath)
		}
		master = name
		if c, ok := cfg.Clusters[name]; ok {
			master = c.Master
			if version == "" {
				version = c.Version
			}
			for k, v := range c.Conf {
				conf[k] = v
			}
		} else if !strings.HasPrefix(name, "spark://") {
			return ServerOptions{}, fmt.Errorf("unknown cluster %q: give a spark://HOST:PORT master URL or a cluster name from %s", name, m.cfgPath)
		}
	} else if opts.Master != "" {
		master = opts.Master
	}
	for k, v := range opts.Conf {
		conf[k] = v
	}
	in, err := Match(Discover(cfg, m.dirs), version, cfg.DefaultVersion)
	if err != nil {
		return ServerOptions{}, err
	}
	java, err := FindJava(in)
	if err != nil {
		return ServerOptions{}, err
	}
	mem := cfg.DriverMemory
	if opts.DriverMemory != "" {
		mem = opts.DriverMemory
	}
	return ServerOptions{Install: in, Java: java, Master: master, Conf: conf, DriverMemory: mem,
		Timeout: time.Duration(cfg.StartTimeout) * time.Second}, nil
}

// connectSession builds the Go client session and checks it with a query,
// which also reads the server's exact version.
func connectSession(ctx context.Context, a *Active) error {
	s, err := sql.NewSessionBuilder().Remote(a.Remote).Build(ctx)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", a.Remote, err)
	}
	df, err := s.Sql(ctx, "SELECT split(version(), ' ')[0] AS v")
	if err != nil {
		return fmt.Errorf("first query on %s: %w", a.Remote, err)
	}
	rows, err := df.Collect(ctx)
	if err != nil {
		return fmt.Errorf("first query on %s: %w", a.Remote, err)
	}
	if len(rows) == 1 {
		if v, ok := rows[0].At(0).(string); ok {
			a.Version = v
		}
	}
	a.session = s
	return nil
}

// Connect attaches to an existing Spark Connect server (sc://host:port).
func (m *Manager) Connect(ctx context.Context, remote string) (*Active, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !strings.HasPrefix(remote, "sc://") {
		return nil, fmt.Errorf("%q is not a Spark Connect URL: use sc://HOST:PORT", remote)
	}
	hostport := strings.SplitN(strings.TrimPrefix(remote, "sc://"), "/", 2)[0]
	if c, err := net.DialTimeout("tcp", hostport, 5*time.Second); err != nil {
		return nil, fmt.Errorf("no Spark Connect server answers at %s (%v): check the host and port", hostport, err)
	} else {
		c.Close()
	}
	m.stopLocked()
	if !strings.Contains(remote, "user_id=") {
		remote = strings.TrimSuffix(remote, "/") + "/;user_id=" + userName()
	}
	a := &Active{Mode: "connect", Master: hostport, Remote: remote, Started: time.Now()}
	if err := connectSession(ctx, a); err != nil {
		return nil, err
	}
	m.cur, m.lastErr = a, nil
	return a, nil
}

// Stop ends the session and its server. It reports whether one ran.
func (m *Manager) Stop() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	had := m.cur != nil
	m.stopLocked()
	return had
}

func (m *Manager) stopLocked() {
	if m.cur != nil && m.cur.server != nil {
		m.cur.server.Stop()
	}
	m.cur = nil
}

// Close stops everything; the kernel calls it on shutdown.
func (m *Manager) Close() { m.Stop() }

// Status is what `%spark status` shows.
type Status struct {
	Active  *Active // nil: no session
	Alive   bool
	Problem string // why it is dead
}

// Status reports the current session and whether its server is alive.
func (m *Manager) Status() Status {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur == nil {
		return Status{}
	}
	st := Status{Active: m.cur, Alive: true}
	if err := m.deadLocked(); err != nil {
		st.Alive, st.Problem = false, err.Error()
	}
	return st
}

// deadLocked returns why the current server is dead, or nil if it answers.
func (m *Manager) deadLocked() error {
	if m.cur.server != nil && !m.cur.server.Alive() {
		return fmt.Errorf("the Spark server exited (%v); log: %s", m.cur.server.ExitErr(), m.cur.LogPath)
	}
	host := strings.SplitN(strings.TrimPrefix(m.cur.Remote, "sc://"), "/", 2)[0]
	c, err := net.DialTimeout("tcp", host, 2*time.Second)
	if err != nil {
		return fmt.Errorf("the Spark Connect server at %s does not answer: %v", host, err)
	}
	c.Close()
	return nil
}

// Session returns the client session, starting Spark first in a
// local or cluster kernel. In a plain kernel with no session it says how
// to start one.
func (m *Manager) Session(ctx context.Context, progress func(string)) (sql.SparkSession, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur != nil {
		if err := m.deadLocked(); err != nil {
			return nil, fmt.Errorf("%w: run %%spark start again (%%spark status shows the session)", err)
		}
		return m.cur.session, nil
	}
	if m.kernMode != "local" && m.kernMode != "cluster" {
		return nil, errors.New("no Spark session: run `%spark start local` (or `%spark start cluster`, `%spark connect sc://HOST:PORT`) first")
	}
	a, err := m.startLocked(ctx, StartOptions{Mode: m.kernMode}, progress)
	if err != nil {
		return nil, err
	}
	progress(a.Summary())
	return a.session, nil
}

// Explain adds what to do to an error from a query, when the server died.
func (m *Manager) Explain(err error) error {
	if err == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cur != nil {
		if dead := m.deadLocked(); dead != nil {
			m.lastErr = dead
			return fmt.Errorf("%w\n%v: run %%spark start again", err, dead)
		}
	}
	return err
}

// Summary is the one line printed after a start.
func (a *Active) Summary() string {
	ui := a.UI
	if ui == "" {
		ui = "unknown"
	}
	return fmt.Sprintf("Spark %s ready: master %s, Spark UI %s (mode %s)", a.Version, a.Master, ui, a.Mode)
}

func userName() string {
	if u := os.Getenv("JUPYTERHUB_USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return "spargo"
}

// uiHost is the host in Spark UI links: $SPARGO_UI_HOST, else localhost.
func uiHost() string {
	if h := os.Getenv("SPARGO_UI_HOST"); h != "" {
		return h
	}
	return "localhost"
}
