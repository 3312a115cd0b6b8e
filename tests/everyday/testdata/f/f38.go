// f38: streaming JSON Lines linter using json.Decoder.Token: duplicate keys, depth, unsafe integers.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
)

type Finding struct {
	Line   int
	Offset int64
	Path   string
	Msg    string
}

func (f Finding) String() string {
	return fmt.Sprintf("line %d @%d %s: %s", f.Line, f.Offset, f.Path, f.Msg)
}

type frame struct {
	isObject bool
	keys     map[string]bool
	index    int
	path     string
	key      string // pending key in object, "" when expecting a key
	wantKey  bool
}

const maxDepth = 4

var maxSafe = new(big.Int).Lsh(big.NewInt(1), 53) // 2^53: beyond this, float64 consumers lose precision

func lintLine(n int, line string) (findings []Finding, err error) {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	var stack []*frame
	report := func(path, msg string) {
		findings = append(findings, Finding{n, dec.InputOffset(), path, msg})
	}
	topValues := 0
	childPath := func() string {
		if len(stack) == 0 {
			if topValues++; topValues == 2 {
				report("$", "more than one JSON value on the line")
			}
			return "$"
		}
		top := stack[len(stack)-1]
		if top.isObject {
			return top.path + "." + top.key
		}
		top.index++
		return fmt.Sprintf("%s[%d]", top.path, top.index-1)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return findings, fmt.Errorf("line %d: %w", n, err)
		}
		if len(stack) > 0 {
			if top := stack[len(stack)-1]; top.isObject && top.wantKey {
				if k, ok := tok.(string); ok {
					if top.keys[k] {
						report(top.path+"."+k, "duplicate key (last one wins in encoding/json)")
					}
					top.keys[k], top.key, top.wantKey = true, k, false
					continue
				}
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				p := childPath()
				if len(stack) == 0 && t == '[' {
					report(p, "top-level value is an array, expected an object")
				}
				stack = append(stack, &frame{isObject: t == '{', keys: map[string]bool{}, path: p, wantKey: t == '{'})
				if len(stack) > maxDepth {
					report(p, fmt.Sprintf("nesting depth %d exceeds %d", len(stack), maxDepth))
				}
			case '}', ']':
				stack = stack[:len(stack)-1]
			}
		case json.Number:
			p := childPath()
			if bi, ok := new(big.Int).SetString(t.String(), 10); ok && bi.CmpAbs(maxSafe) > 0 {
				report(p, fmt.Sprintf("integer %s is not exactly representable as float64", t))
			}
		case string:
			p := childPath()
			if strings.TrimSpace(t) != t {
				report(p, "string has leading/trailing whitespace")
			}
		default:
			childPath()
		}
		if len(stack) > 0 && stack[len(stack)-1].isObject {
			stack[len(stack)-1].wantKey = true
		}
	}
	return findings, nil
}

func main() {
	input := `{"id": 1, "user": {"name": "ada", "roles": ["admin", "dev"]}}
{"id": 2, "id": 3, "amount": 12.5}
{"id": 9007199254740993, "ref": -12345678901234567890, "ok": 9007199254740992}
{"a": {"b": {"c": {"d": {"e": 1}}}}, "tags": [[1, [2]]]}
{"name": " padded ", "list": ["x", " y"]}
{"id": 4, "broken": [1, 2}
{"id": 5} {"id": 6}
[1, 2, 3]`
	var all []Finding
	var errs []error
	for i, line := range strings.Split(input, "\n") {
		f, err := lintLine(i+1, line)
		all = append(all, f...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	for _, f := range all {
		fmt.Println(f)
	}
	fmt.Printf("%d findings, %d fatal errors\n", len(all), len(errs))
	for _, err := range errs {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("  syntax: %v (offset %d)\n", err, se.Offset)
		} else {
			fmt.Println("  other:", err)
		}
	}
}
