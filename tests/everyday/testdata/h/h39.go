// h39: split a SQL migration script into statements with a quote-aware bufio.SplitFunc,
// and show how Scanner.Buffer limits surface bufio.ErrTooLong.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

const script = `-- migration 0042
CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT);
INSERT INTO events VALUES (1, 'a;b;c');
INSERT INTO events VALUES (2, 'it''s; fine');
/* block comment; with semicolons; */
UPDATE events SET payload = "quoted;ident" WHERE id = 2;
-- trailing comment; ignored
DELETE FROM events WHERE payload LIKE '%;%'
`

// splitStatements returns one token per top-level ';', ignoring semicolons inside
// quotes and comments. A final statement without ';' is returned at EOF.
func splitStatements(data []byte, atEOF bool) (int, []byte, error) {
	var quote byte
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case quote != 0:
			if c == quote {
				if i+1 < len(data) && data[i+1] == quote { // doubled quote escape
					i++
				} else if i+1 == len(data) && !atEOF {
					return 0, nil, nil // can't tell yet whether it's an escape
				} else {
					quote = 0
				}
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '-' && i+1 < len(data) && data[i+1] == '-':
			nl := strings.IndexByte(string(data[i:]), '\n')
			if nl < 0 {
				if !atEOF {
					return 0, nil, nil
				}
				i = len(data)
			} else {
				i += nl
			}
		case c == '/' && i+1 < len(data) && data[i+1] == '*':
			end := strings.Index(string(data[i+2:]), "*/")
			if end < 0 {
				if !atEOF {
					return 0, nil, nil
				}
				return 0, nil, errors.New("unterminated block comment")
			}
			i += end + 3
		case c == ';':
			return i + 1, data[:i+1], nil
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func clean(stmt string) string {
	var lines []string
	for l := range strings.Lines(stmt) {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "--") || (strings.HasPrefix(l, "/*") && strings.HasSuffix(l, "*/")) {
			continue
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, " ")
}

func run(name string, input string, maxTok int) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 0, 16), maxTok)
	sc.Split(splitStatements)
	n := 0
	for sc.Scan() {
		if s := clean(sc.Text()); s != "" {
			n++
			verb, _, _ := strings.Cut(s, " ")
			fmt.Printf("  [%s #%d] %-6s %s\n", name, n, verb, s)
		}
	}
	switch err := sc.Err(); {
	case errors.Is(err, bufio.ErrTooLong):
		fmt.Printf("  [%s] stopped after %d statements: token exceeds %d bytes\n", name, n, maxTok)
	case err != nil:
		fmt.Printf("  [%s] error after %d statements: %v\n", name, n, err)
	default:
		fmt.Printf("  [%s] ok, %d statements\n", name, n)
	}
}

func main() {
	fmt.Println("full script:")
	run("full", script, 4096)
	fmt.Println("\nsmall max token size:")
	run("tight", script, 90)
	fmt.Println("\nbroken comment:")
	run("broken", "SELECT 1; /* never closed ; SELECT 2;", 4096)
}
