package gointerp

import (
	"regexp"
	"strings"
)

// A package variable whose initializer calls a method declared later in
// the cell (a state table of function literals that call `c.after(...)`),
// in a cell that also runs statements: the cell runs in source order, so
// the var's run came before the method's, and yaegi failed ("undefined
// selector: after"), where Go orders a file's declarations itself.
// sinkVars moves such a var declaration down to just after the last of the
// declarations that follow it and that it names (a method by a selector),
// across declarations only, and only across declarations that do not name
// its variables (a method that reads the table stays after it).
func sinkVars(body []chunk) []chunk {
	for j := len(body) - 1; j >= 0; j-- {
		names := declaredNames(body[j])
		if body[j].kind != kindStmt || !isVarDecl(body[j]) || len(names) == 0 {
			continue
		}
		uses := wordsRE(names)
		last := -1
		for k := j + 1; k < len(body) && body[k].kind == kindDecl && !uses.MatchString(body[k].src); k++ {
			if needs(body[j].src, body[k]) {
				last = k
			}
		}
		if last < 0 {
			continue
		}
		v := body[j]
		copy(body[j:last], body[j+1:last+1])
		body[last] = v
	}
	return body
}

// needs reports whether src names what c declares, or c's method by a
// selector (`c.after(Green)`).
func needs(src string, c chunk) bool {
	if namesAny(src, []chunk{c}) {
		return true
	}
	m := methodNameRE.FindStringSubmatch(c.src)
	return m != nil && regexp.MustCompile(`\.\s*`+regexp.QuoteMeta(m[1])+`\b`).MatchString(src)
}

// methodNameRE finds a method declaration's name.
var methodNameRE = regexp.MustCompile(`^func\s*\([^)]*\)\s*([\pL_][\pL\pN_]*)`)

// varsAsDecls makes a package var of a cell that runs statements a
// declaration, evaluated with the declarations around it, when its text
// names no variable an earlier statement of the cell defines and no
// function the cell declares (a function is assigned in the next
// statement run: liftFuncs). As a statement it cut the run of
// declarations in two, and a method before it could not call one after
// it (`var classes = map[rune]func(rune) bool{...}` between a regexp
// parser's methods: "undefined selector: atom").
func varsAsDecls(body []chunk) []chunk {
	var funcs []chunk // the cell's functions (not methods)
	for _, c := range body {
		if c.kind == kindDecl && strings.HasPrefix(c.src, "func ") && !strings.HasPrefix(c.src, "func (") {
			funcs = append(funcs, c)
		}
	}
	var stmts []chunk // the statements before the current one
	ok := make([]bool, len(body))
	for i, c := range body {
		if c.kind != kindStmt {
			continue
		}
		ok[i] = isVarDecl(c) && len(declaredNames(c)) > 0 && !namesAny(c.src, stmts) && !namesAny(c.src, funcs)
		stmts = append(stmts, c)
	}
	// each run of such vars between two declarations
	for i := 0; i < len(body); {
		if !ok[i] {
			i++
			continue
		}
		j := i
		for j < len(body) && ok[j] {
			j++
		}
		if i > 0 && body[i-1].kind == kindDecl && j < len(body) && body[j].kind == kindDecl {
			for k := i; k < j; k++ {
				body[k].kind = kindDecl
			}
		}
		i = j
	}
	return body
}
