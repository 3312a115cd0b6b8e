package magics

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spargo-kernel/spargo/kernel"
)

func text(s string) kernel.MIMEBundle { return kernel.MIMEBundle{"text/plain": s} }

func registerBuiltins(r *Registry) {
	r.Register(Magic{
		Name: "lsmagic", Line: true, Usage: "%lsmagic",
		Help: "List the available line and cell magics.",
		Run: func(context.Context, Call) (kernel.MIMEBundle, error) {
			var line, cell []string
			for _, n := range r.Names() {
				m, _ := r.Lookup(n)
				if m.Line {
					line = append(line, "%"+n)
				}
				if m.Cell {
					cell = append(cell, "%%"+n)
				}
			}
			return text("Available line magics:\n" + strings.Join(line, "  ") +
				"\n\nAvailable cell magics:\n" + strings.Join(cell, "  ") +
				"\n\n%help NAME shows the help of a magic."), nil
		},
	})
	r.Register(Magic{
		Name: "help", Line: true, Usage: "%help [NAME]",
		Help: "Show how to use spargo, or the help of the magic NAME.",
		Run: func(_ context.Context, c Call) (kernel.MIMEBundle, error) {
			name := strings.TrimLeft(c.Args, "%")
			if name == "" {
				return text(overview(r)), nil
			}
			m, ok := r.Lookup(name)
			if !ok {
				return nil, UsageError("no magic called %q; %%lsmagic lists them", name)
			}
			return text(m.Usage + "\n\n" + m.Help), nil
		},
	})
	r.Register(Magic{
		Name: "env", Line: true, Usage: "%env [NAME | NAME=VALUE | NAME VALUE]",
		Help: "Without arguments, list the environment. With NAME, show its value.\n" +
			"With NAME=VALUE, set it for this kernel, its cells and the processes they start.",
		Run: envMagic,
	})
	r.Register(Magic{
		Name: "time", Line: true, Cell: true, Usage: "%time STATEMENT   or   %%time + cell",
		Help: "Run Go code and print the wall time it took.",
		Run: func(ctx context.Context, c Call) (kernel.MIMEBundle, error) {
			code := c.Args
			if c.IsCell {
				code = c.Body
			}
			start := time.Now()
			res, err := c.Exec(ctx, code)
			c.IO.Stream("stdout", fmt.Sprintf("Wall time: %s\n", time.Since(start).Round(time.Microsecond)))
			return res, err
		},
	})
}

func envMagic(_ context.Context, c Call) (kernel.MIMEBundle, error) {
	args := strings.TrimSpace(c.Args)
	if args == "" {
		env := os.Environ()
		sort.Strings(env)
		for i, kv := range env {
			if k, _, _ := strings.Cut(kv, "="); isSecret(k) {
				env[i] = k + "=<hidden>"
			}
		}
		return text(strings.Join(env, "\n")), nil
	}
	name, value, set := strings.Cut(args, "=")
	if !set {
		name, value, set = strings.Cut(args, " ")
	}
	name, value = strings.TrimSpace(name), strings.TrimSpace(value)
	if !set {
		v, ok := os.LookupEnv(name)
		if !ok {
			return nil, UsageError("environment variable %s is not set", name)
		}
		return text(v), nil
	}
	if err := os.Setenv(name, value); err != nil {
		return nil, UsageError("set %s: %v", name, err)
	}
	c.IO.Stream("stdout", "env: "+name+"="+value+"\n")
	return nil, nil
}

// isSecret hides values that look like credentials when listing.
func isSecret(name string) bool {
	n := strings.ToUpper(name)
	for _, w := range []string{"KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

func overview(r *Registry) string {
	var b strings.Builder
	b.WriteString(`spargo: Go notebooks (interpreted by yaegi, state kept between cells).

  Write Go: imports, declarations and statements in any order; the value of a
  final expression is shown. Stdlib packages are imported on first use.
  display.HTML / Markdown / SVG / PNG / JPEG / JSON / Image show rich output;
  d := display.NewDisplay(); d.HTML(...) shows, later calls update in place.
  Interrupt stops a running cell; the session keeps its state.

Magics:
`)
	for _, n := range r.Names() {
		m, _ := r.Lookup(n)
		fmt.Fprintf(&b, "  %-28s %s\n", m.Usage, strings.SplitN(m.Help, "\n", 2)[0])
	}
	return b.String()
}
