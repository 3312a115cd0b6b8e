// f05: .env loader with quoting rules, ${VAR} expansion and cycle detection.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

var (
	ErrSyntax    = errors.New("syntax error")
	ErrUndefined = errors.New("undefined variable")
	ErrCycle     = errors.New("reference cycle")
	keyRe        = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	refRe        = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)`)
)

type entry struct {
	raw    string
	expand bool // single-quoted values are literal
}

func load(src string) (map[string]entry, error) {
	env := map[string]entry{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok || !keyRe.MatchString(k) {
			return nil, fmt.Errorf("line %d: %w: bad assignment %q", n, ErrSyntax, line)
		}
		e := entry{raw: v, expand: true}
		switch {
		case strings.HasPrefix(v, `"`):
			s, err := strconv.Unquote(v)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w: %s: %w", n, ErrSyntax, k, err)
			}
			e.raw = s
		case strings.HasPrefix(v, "'"):
			if len(v) < 2 || !strings.HasSuffix(v, "'") {
				return nil, fmt.Errorf("line %d: %w: unterminated single quote in %s", n, ErrSyntax, k)
			}
			e = entry{raw: v[1 : len(v)-1]}
		default:
			if i := strings.Index(v, " #"); i >= 0 {
				e.raw = strings.TrimSpace(v[:i])
			}
		}
		env[k] = e
	}
	return env, nil
}

func resolve(env map[string]entry, key string, stack []string) (string, error) {
	if slices.Contains(stack, key) {
		return "", fmt.Errorf("%w: %s", ErrCycle, strings.Join(append(stack, key), " -> "))
	}
	e, ok := env[key]
	if !ok {
		return "", fmt.Errorf("%w %q", ErrUndefined, key)
	}
	if !e.expand {
		return e.raw, nil
	}
	var firstErr error
	out := refRe.ReplaceAllStringFunc(e.raw, func(m string) string {
		sub := refRe.FindStringSubmatch(m)
		name := sub[1] + sub[2]
		v, err := resolve(env, name, append(stack, key))
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("expanding %s: %w", key, err)
		}
		return v
	})
	return out, firstErr
}

func run(name, src string) {
	fmt.Printf("== %s\n", name)
	env, err := load(src)
	if err != nil {
		fmt.Println("  load failed:", err, "| syntax:", errors.Is(err, strconv.ErrSyntax))
		return
	}
	for _, k := range slices.Sorted(maps.Keys(env)) {
		v, err := resolve(env, k, nil)
		switch {
		case errors.Is(err, ErrCycle):
			fmt.Printf("  %-8s CYCLE  %v\n", k, err)
		case errors.Is(err, ErrUndefined):
			fmt.Printf("  %-8s UNDEF  %v\n", k, err)
		case err != nil:
			fmt.Printf("  %-8s ERROR  %v\n", k, err)
		default:
			fmt.Printf("  %-8s = %q\n", k, v)
		}
	}
}

func main() {
	run("app.env", `
# database
export DB_HOST=db.local
DB_PORT=5432
DB_URL="postgres://${DB_HOST}:$DB_PORT/app?sslmode=disable"
GREETING="hello\tworld\n"
LITERAL='${DB_HOST} stays'
PATHS=/opt/bin:$HOME_DIR/bin # trailing comment
`)
	run("cycle.env", "A=${B}\nB=x${C}\nC=$A\nD=ok\n")
	run("badquote.env", "X=\"unterminated\nY=1\n")
	run("badkey.env", "1BAD=value\n")
	run("single.env", "S='oops\n")
}
