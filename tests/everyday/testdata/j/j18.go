// Command j18 uses goto where it reads naturally: a hand-written
// scanner state machine and a bounded retry loop with a shared exit path.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Token struct {
	Kind string
	Text string
}

// scan splits input into NUM, IDENT and OP tokens using goto-driven states.
func scan(src string) ([]Token, error) {
	var toks []Token
	i, start := 0, 0

next:
	if i >= len(src) {
		return toks, nil
	}
	start = i
	switch c := src[i]; {
	case c == ' ':
		i++
		goto next
	case c >= '0' && c <= '9':
		goto number
	case c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z'):
		goto ident
	case strings.IndexByte("+-*/()=", c) >= 0:
		i++
		toks = append(toks, Token{"OP", src[start:i]})
		goto next
	default:
		return toks, fmt.Errorf("unexpected %q at offset %d", c, i)
	}

number:
	for i < len(src) && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	toks = append(toks, Token{"NUM", src[start:i]})
	goto next

ident:
	for i < len(src) && (src[i] == '_' || src[i]|0x20 >= 'a' && src[i]|0x20 <= 'z' || src[i] >= '0' && src[i] <= '9') {
		i++
	}
	toks = append(toks, Token{"IDENT", src[start:i]})
	goto next
}

var errTransient = errors.New("transient failure")

// flaky fails until its call count reaches succeedOn.
func flaky(succeedOn int) func() (string, error) {
	calls := 0
	return func() (string, error) {
		calls++
		if calls < succeedOn {
			return "", fmt.Errorf("attempt %d: %w", calls, errTransient)
		}
		return fmt.Sprintf("ok after %d calls", calls), nil
	}
}

func withRetry(op func() (string, error), limit int) (result string, attempts int, err error) {
	log := []string{}
retry:
	attempts++
	result, err = op()
	if err != nil {
		log = append(log, err.Error())
		if errors.Is(err, errTransient) && attempts < limit {
			goto retry
		}
		goto fail
	}
	return result, attempts, nil

fail:
	return "", attempts, fmt.Errorf("gave up: %s", strings.Join(log, "; "))
}

func main() {
	for _, src := range []string{"x1 = (foo + 42) * bar_2", "total=price*3/qty", "a + $b"} {
		toks, err := scan(src)
		var parts []string
		for _, t := range toks {
			parts = append(parts, t.Kind+":"+t.Text)
		}
		fmt.Printf("%-26q %s\n", src, strings.Join(parts, " "))
		if err != nil {
			fmt.Println("    error:", err)
		}
	}

	for _, n := range []int{1, 3, 6} {
		res, attempts, err := withRetry(flaky(n), 4)
		fmt.Printf("succeedOn=%d attempts=%d result=%q err=%v\n", n, attempts, res, err)
	}
}
