// Command j21 walks through variable shadowing in a config loader:
// scopes created by if/switch/for, the := redeclaration rule, and the
// classic "err shadowed inside a block" bug next to its fix.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var verbose = false // package-level; shadowed below on purpose

func parsePort(s string) (int, error) {
	p, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("port %q: %w", s, err)
	}
	return p, nil
}

// buggyLoad shadows err inside the if block, so the failure is lost.
func buggyLoad(raw map[string]string) (port int, err error) {
	if s, ok := raw["port"]; ok {
		port, err := parsePort(s) // new port and err, scoped to this block
		_ = port
		_ = err
	}
	return port, err
}

// fixedLoad assigns to the named results instead of declaring new ones.
func fixedLoad(raw map[string]string) (port int, err error) {
	if s, ok := raw["port"]; ok {
		port, err = parsePort(s)
	}
	return port, err
}

func describe(x any) string {
	// The type switch binding x shadows the parameter x in each case.
	switch x := x.(type) {
	case int:
		return "int doubled " + strconv.Itoa(x*2)
	case string:
		return "string upper " + strings.ToUpper(x)
	case error:
		return "error " + x.Error()
	}
	return fmt.Sprintf("other %v", x)
}

func main() {
	cases := []map[string]string{{"port": "8080"}, {"port": "80a"}, {}}
	for _, raw := range cases {
		bp, berr := buggyLoad(raw)
		fp, ferr := fixedLoad(raw)
		fmt.Printf("%-16s buggy=(%d, %v) fixed=(%d, %v)\n", fmt.Sprint(raw), bp, berr, fp, ferr)
	}

	// := redeclares only when at least one new variable is on the left;
	// existing ones in the same scope are assigned, not shadowed.
	a, err := strconv.Atoi("1")
	b, err := strconv.Atoi("2") // err reused, b new
	fmt.Println("same-scope :=", a, b, err)

	x := 10
	{
		x := x * 2 // inner x initialised from outer x
		x++
		fmt.Println("inner x:", x)
	}
	fmt.Println("outer x:", x)

	verbose := true // shadows the package variable for the rest of main
	fmt.Println("local verbose:", verbose, "package verbose via func:", pkgVerbose())

	// Each if/else-if condition can declare, and later branches still see it.
	if n, err := strconv.Atoi("42x"); err == nil {
		fmt.Println("number", n)
	} else if errors.Is(err, strconv.ErrSyntax) {
		fmt.Println("syntax error; n is still in scope:", n)
	}

	for _, v := range []any{21, "gopher", errors.New("boom"), 3.5} {
		fmt.Println(describe(v))
	}

	// Shadowing a builtin and an import is legal but confusing; keep it contained.
	func() {
		len := func(s string) int { return strings.Count(s, "") - 1 }
		strconv := "not the package"
		fmt.Println("shadowed len:", len("héllo"), "shadowed strconv:", strconv)
	}()
	fmt.Println("builtin len again:", len("héllo"))

	total := 0
	for i := range 3 {
		total := total + i // shadow: the outer total never changes
		_ = total
	}
	sum := 0
	for i := range 3 {
		sum += i
	}
	fmt.Println("shadowed total:", total, "real sum:", sum)
}

func pkgVerbose() bool { return verbose }
