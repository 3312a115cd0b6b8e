package gointerp

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strings"
)

// genericType finds a generic type declaration (not `type A [N]int`).
var genericType = regexp.MustCompile(`(?m)^type\s+\w+\s*\[\s*\w+\s*(,|[^\]\s,][^\]]*\]\s*\S)`)

// monomorphise rewrites c's uses of the session's generic declarations to
// copies (monomorph.go) and records the copies to declare. Copies made
// for earlier cells are made again when the cell redefines their generic
// declaration (or adds a method to it), so earlier callers see the change.
func (ta *checker) monomorphise(c *checked) {
	m := newMono(c, c.errs)
	if len(m.decls) == 0 {
		return
	}
	redefined := map[string]bool{}
	for _, ch := range c.body {
		if ch.kind == kindDecl {
			k := declKey(ch.src)
			redefined[strings.Split(k, ".")[0]] = true
		}
	}
	for name, inst := range ta.copies {
		obj := c.pkg.Scope().Lookup(inst.obj.Name())
		if redefined[inst.obj.Name()] && m.generic(obj) && !m.seen[name] {
			m.seen[name] = true
			m.queue = append(m.queue, instance{obj: obj, args: inst.args, name: name})
		}
	}
	edits, decls, ok := m.cell()
	if !ok {
		return
	}
	for _, d := range c.f.Decls {
		if m.isGenericDecl(d) {
			if i := c.chunkAt(d.Pos()); i >= 0 {
				c.body[i].generic = true
			}
		}
	}
	if u := m.uncopied; u != nil {
		if i := c.chunkAt(u.Pos()); i >= 0 {
			text := c.text(u)
			ta.err = compileError(errors.New(c.cellPos(i, u.Pos())+": cannot use "+text+
				": spargo runs a generic type as one copy per list of type arguments, declared at top level,"+
				" and a type declared inside a function cannot be named there (declare it at top level)"), nil, 0)
		}
	}
	for _, e := range c.errs {
		if i := c.chunkAt(e.Pos); i >= 0 && c.body[i].generic && !e.Soft {
			ta.err = compileError(errors.New(c.cellPos(i, e.Pos)+": "+e.Msg), nil, 0)
			break
		}
	}
	for _, e := range edits {
		c.add(e.start, e.end, e.text)
	}
	c.handled, c.mono = m.handled, m
	ta.pendingInsts = m.done
	c.copiesAt = -1
	for i, es := range c.edits {
		if len(es) > 0 {
			c.copiesAt = i
			break
		}
	}
	decls = append(decls, ta.monoAssertHelpers(c, m, decls)...)
	for _, d := range decls {
		if ta.emitted[d.key] == d.src {
			continue // declared as it is by an earlier cell
		}
		ta.pending = append(ta.pending, d)
		c.copies = append(c.copies, chunk{kind: kindDecl, src: d.src})
	}
}

// typeString writes t as the cell's source: instantiated generic types of
// the session by their copies' names.
func (c *checked) typeString(t types.Type) string {
	if c.mono != nil {
		if s, ok := c.mono.typeExpr(t, nil); ok {
			return s
		}
	}
	return types.TypeString(t, c.qual)
}

// withoutGeneric drops the generic declarations from what yaegi runs.
func withoutGeneric(body []chunk) []chunk {
	out := body[:0:0]
	for _, c := range body {
		if !c.generic {
			out = append(out, c)
		}
	}
	return out
}

// cellPos writes pos, in chunk i, as the cell's "cell:line:col".
func (c *checked) cellPos(i int, pos token.Pos) string {
	ch := c.body[i]
	before := ch.src[:int(pos)-c.base-c.starts[i]]
	line, col := ch.line+strings.Count(before, "\n"), ch.col+len(before)
	if nl := strings.LastIndexByte(before, '\n'); nl >= 0 {
		col = len(before) - nl
	}
	return fmt.Sprintf("cell:%d:%d", line, col)
}

// chunkAt is the index of the cell's chunk that holds pos, or -1.
func (c *checked) chunkAt(pos token.Pos) int {
	s := int(pos) - c.base
	i := sort.SearchInts(c.starts, s+1) - 1
	if i < 0 || i >= len(c.body) || s >= c.starts[i]+len(c.body[i].src) {
		return -1
	}
	return i
}

// text is n's source in the file.
func (c *checked) text(n ast.Node) string { return c.src[int(n.Pos())-c.base : int(n.End())-c.base] }

// withCopies inserts the copies' declarations into the lowered body: before
// the first chunk that uses one, or after the cell's declarations.
func (c *checked) withCopies(body []chunk) []chunk {
	if len(c.copies) == 0 {
		return body
	}
	at := c.copiesAt
	if at < 0 {
		at = 0
		for i, ch := range body {
			if ch.kind == kindDecl {
				at = i + 1
			}
		}
	}
	at = beforeStatements(body, at)
	at = beforeFuncVars(body, at)
	body, at = varsBeforeCopies(body, at, c.copies)
	line, col := 1, 1
	if at < len(body) {
		line, col = body[at].line, body[at].col
	} else if at > 0 {
		line, col = body[at-1].line, body[at-1].col
	}
	// Types and methods first: functions become variables (liftFuncs)
	// whose types name them.
	var copies, funcs []chunk
	for _, ch := range c.copies {
		ch.line, ch.col = line, col
		if strings.HasPrefix(ch.src, "func ") && !strings.HasPrefix(ch.src, "func (") {
			funcs = append(funcs, ch)
		} else {
			copies = append(copies, ch)
		}
	}
	copies = append(copies, funcs...)
	out := append(append(append([]chunk{}, body[:at]...), copies...), body[at:]...)
	return out
}

// beforeStatements moves at up to the cell's first statement (other than
// a var declaration) when nothing is declared after it: liftFuncs declares the variables of the
// copies' functions with the cell's first functions, before the
// statements, and a signature may name a copied type (`var
// Collect2__int__string func(...) []Pair__int__string`, undefined when
// the copies came after the statements that first used them).
func beforeStatements(body []chunk, at int) int {
	first := -1
	for i, c := range body {
		if c.kind == kindStmt && !isVarDecl(c) && first < 0 {
			first = i
		}
		if first >= 0 && c.kind == kindDecl && !c.generic {
			return at // (a declaration after it: a helper may need it)
		}
	}
	if first >= 0 && first < at {
		return first
	}
	return at
}

// beforeFuncVars moves at up to the cell's first function that liftFuncs
// will make a variable, when no type is declared between them: the
// variables are declared in that function's run, and a signature may name
// a copy (`var TopK__string func(...) []Scored__string`, undefined).
func beforeFuncVars(body []chunk, at int) int {
	for i := 0; i < at && i < len(body); i++ {
		if _, _, _, ok := plainFunc(body[i]); ok {
			for _, c := range body[i:at] {
				if c.kind == kindDecl && strings.HasPrefix(c.src, "type") && !c.generic {
					return at // (a generic type is not declared: its copies are)
				}
			}
			return i
		}
	}
	return at
}

// varsBeforeCopies moves up to body[at] a package variable the copies
// name (a sentinel error a generic method returns), declared by a
// statement that only declarations separate from body[at] and that names
// nothing they or the copies declare (not `var s Stack[int]`): in a cell that
// runs statements, a type that uses a copy is hoisted above such a var
// (hoistTypes), and the copies go before the type.
func varsBeforeCopies(body []chunk, at int, copies []chunk) ([]chunk, int) {
	var text strings.Builder
	for _, c := range copies {
		text.WriteString(c.src)
	}
	for j := at; j < len(body) && (body[j].kind == kindDecl || isVarDecl(body[j])); j++ {
		names := declaredNames(body[j])
		if body[j].kind != kindStmt || len(names) == 0 || !wordsRE(names).MatchString(text.String()) ||
			namesAny(body[j].src, body[at:j]) || namesAny(body[j].src, copies) {
			continue
		}
		body = append([]chunk(nil), body...)
		v := body[j]
		copy(body[at+1:j+1], body[at:j])
		body[at] = v
		at++
	}
	return body, at
}

var undefinedName = regexp.MustCompile(`undefined: (\w+)`)

// explainGeneric adds to yaegi's "undefined: F", for a generic F of the
// session, why: the use was not rewritten to a copy (monomorph.go).
func (ta *checker) explainGeneric(msg string) string {
	m := undefinedName.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	src, ok := ta.decls[m[1]]
	if !ok || !genericFunc.MatchString(src) && !genericType.MatchString(src) {
		return msg
	}
	return msg + " (generic " + m[1] + " runs as one copy per list of type arguments, and this use got none:" +
		" a type argument declared inside a function cannot be copied, so declare it at top level;" +
		" otherwise the cell did not type-check, see its other errors)"
}
