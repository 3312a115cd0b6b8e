package magics

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spargo-kernel/spargo/backends/spark"
	"github.com/spargo-kernel/spargo/kernel"
)

const sparkUsage = `%spark start local [VERSION] [--conf k=v ...] [--driver-memory 2g] [--master local[N]]
%spark start cluster [VERSION] [--master spark://HOST:7077 | NAME] [--conf k=v ...]
%spark connect sc://HOST:PORT
%spark status | stop | versions`

const sparkHelp = `Starts, stops and reports the session's Spark. VERSION is 3.5, 3.5.x, 4, 4.x
or exact (default: the config's default_version, else the newest installed).
Go cells then use ` + "`spark`" + ` (a Spark Connect session) and ` + "`ctx`" + `:
    df, err := spark.Sql(ctx, "SELECT 1")
and %%sql runs Spark SQL. Config: ` + "$SPARGO_CONFIG or ~/.config/spargo/config.json."

// RegisterSpark adds %spark, driving m.
func RegisterSpark(r *Registry, m *spark.Manager) {
	r.Register(Magic{Name: "spark", Usage: sparkUsage, Help: sparkHelp, Line: true,
		Run: func(ctx context.Context, c Call) (kernel.MIMEBundle, error) { return sparkMagic(ctx, m, c) }})
}

func sparkMagic(ctx context.Context, m *spark.Manager, c Call) (kernel.MIMEBundle, error) {
	words, err := splitArgs(c.Args)
	if err != nil || len(words) == 0 {
		return nil, UsageError("usage:\n%s", sparkUsage)
	}
	say := func(s string) { c.IO.Stream("stdout", s+"\n") }
	switch sub := words[0]; sub {
	case "start":
		opts, err := parseStart(words[1:])
		if err != nil {
			return nil, UsageError("%%spark start: %v\nusage:\n%s", err, sparkUsage)
		}
		a, err := m.Start(ctx, opts, say)
		if err != nil {
			return nil, sparkError(err)
		}
		say(a.Summary())
		return nil, nil
	case "connect":
		if len(words) != 2 {
			return nil, UsageError("usage: %%spark connect sc://HOST:PORT")
		}
		a, err := m.Connect(ctx, words[1])
		if err != nil {
			return nil, sparkError(err)
		}
		say(a.Summary())
		return nil, nil
	case "stop":
		if m.Stop() {
			say("Spark stopped")
		} else {
			say("no Spark session to stop")
		}
		return nil, nil
	case "status":
		return text(statusText(m)), nil
	case "versions":
		return versionsText(m)
	default:
		return nil, UsageError("unknown %%spark command %q; usage:\n%s", sub, sparkUsage)
	}
}

// parseStart parses the words after `%spark start`.
func parseStart(words []string) (spark.StartOptions, error) {
	f, err := parseFlags(words, []string{"conf", "driver-memory", "master"}, nil)
	if err != nil {
		return spark.StartOptions{}, err
	}
	opts := spark.StartOptions{Mode: "local", Conf: map[string]string{}, DriverMemory: f.get("driver-memory"), Master: f.get("master")}
	pos := f.positional
	if len(pos) > 0 && (pos[0] == "local" || pos[0] == "cluster") {
		opts.Mode, pos = pos[0], pos[1:]
	}
	if len(pos) > 1 {
		return opts, fmt.Errorf("unexpected %q", strings.Join(pos[1:], " "))
	}
	if len(pos) == 1 {
		opts.Version = pos[0]
	}
	for _, kv := range f.values["conf"] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return opts, fmt.Errorf("--conf %q: want key=value", kv)
		}
		opts.Conf[k] = v
	}
	return opts, nil
}

func statusText(m *spark.Manager) string {
	st := m.Status()
	if st.Active == nil {
		return fmt.Sprintf("no Spark session (kernel mode %s); start one with %%spark start local", m.Mode())
	}
	a := st.Active
	state := "alive"
	if !st.Alive {
		state = "DEAD: " + st.Problem + "\nrun %spark start again to get a new session"
	}
	ui := a.UI
	if ui == "" {
		ui = "unknown"
	}
	return fmt.Sprintf("mode:    %s\nversion: %s\nmaster:  %s\nUI:      %s\nremote:  %s\nuptime:  %s\nstate:   %s",
		a.Mode, a.Version, a.Master, ui, a.Remote, time.Since(a.Started).Round(time.Second), state)
}

func versionsText(m *spark.Manager) (kernel.MIMEBundle, error) {
	ins, err := m.Installs()
	if err != nil {
		return nil, sparkError(err)
	}
	if len(ins) == 0 {
		return text("no Spark versions installed: run `install.sh --spark 3.5,4.0`, or register a SPARK_HOME in " + spark.ConfigPath()), nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %-8s %-40s %s\n", "version", "source", "java", "spark_home")
	for _, in := range ins {
		java := "?"
		if j, err := spark.FindJava(in); err == nil {
			java = fmt.Sprintf("Java %d (%s)", j.Major, j.Bin)
		} else {
			java = "unusable: " + err.Error()
		}
		fmt.Fprintf(&b, "%-10s %-8s %-40s %s\n", in.Version, in.Source, java, in.SparkHome)
	}
	return text(strings.TrimRight(b.String(), "\n")), nil
}

func sparkError(err error) error {
	msg := err.Error()
	return &kernel.ExecError{Name: "SparkError", Value: msg, Traceback: []string{"SparkError: " + msg}}
}
