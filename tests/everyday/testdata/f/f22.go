// f22: git-style subcommands, each with its own FlagSet, custom Values and captured usage.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strings"
)

// kvFlag collects repeated -set key=value pairs.
type kvFlag map[string]string

func (kv kvFlag) String() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(kv)) {
		parts = append(parts, k+"="+kv[k])
	}
	return strings.Join(parts, ",")
}

func (kv kvFlag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || k == "" {
		return fmt.Errorf("want key=value, got %q", s)
	}
	if _, dup := kv[k]; dup {
		return fmt.Errorf("key %q given twice", k)
	}
	kv[k] = v
	return nil
}

type command struct {
	fs  *flag.FlagSet
	run func(args []string) string
}

func newCommands(usage *bytes.Buffer) map[string]command {
	cmds := map[string]command{}

	exp := flag.NewFlagSet("export", flag.ContinueOnError)
	format := "csv"
	exp.Func("format", "output format: csv|json|parquet", func(s string) error {
		if !slices.Contains([]string{"csv", "json", "parquet"}, s) {
			return errors.New("unsupported format")
		}
		format = s
		return nil
	})
	limit := exp.Uint("limit", 0, "max rows (0 = all)")
	vars := kvFlag{}
	exp.Var(vars, "set", "template variable key=value (repeatable)")
	cmds["export"] = command{exp, func(args []string) string {
		return fmt.Sprintf("export format=%s limit=%d vars={%s} tables=%v", format, *limit, vars, args)
	}}

	srv := flag.NewFlagSet("serve", flag.ContinueOnError)
	var bind netip.Addr
	srv.TextVar(&bind, "bind", netip.MustParseAddr("127.0.0.1"), "listen address")
	port := srv.Int("port", 8080, "listen port")
	tls := srv.Bool("tls", false, "enable TLS")
	cmds["serve"] = command{srv, func(args []string) string {
		if len(args) > 0 {
			return fmt.Sprintf("serve: unexpected arguments %q", args)
		}
		return fmt.Sprintf("serve on %s tls=%t", netip.AddrPortFrom(bind, uint16(*port)), *tls)
	}}

	for _, c := range cmds {
		c.fs.SetOutput(usage)
	}
	return cmds
}

func dispatch(argv []string) (string, error) {
	var usage bytes.Buffer
	cmds := newCommands(&usage)
	if len(argv) == 0 {
		return "", fmt.Errorf("missing command; available: %s", strings.Join(slices.Sorted(maps.Keys(cmds)), ", "))
	}
	c, ok := cmds[argv[0]]
	if !ok {
		return "", fmt.Errorf("unknown command %q", argv[0])
	}
	if err := c.fs.Parse(argv[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return "usage:\n" + strings.TrimRight(usage.String(), "\n"), nil
		}
		return "", fmt.Errorf("%s: %w", argv[0], err)
	}
	return c.run(c.fs.Args()), nil
}

func main() {
	invocations := []string{
		"export -format json -limit 500 -set env=prod -set day=2024-03-01 sales refunds",
		"export -set a=1 -set a=2",
		"export -format xml",
		"export -limit -5",
		"serve -bind ::1 -port 9443 -tls",
		"serve -bind 10.0.0.300",
		"serve extra",
		"serve -h",
		"deploy now",
		"",
	}
	for _, inv := range invocations {
		out, err := dispatch(strings.Fields(inv))
		fmt.Printf("$ tool %s\n", inv)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Println(" ", strings.ReplaceAll(out, "\n", "\n  "))
	}
}
