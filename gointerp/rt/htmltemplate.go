package rt

import htmltemplate "html/template"

// TemplatedHTML is Templated for html/template, whose templates are
// text/template trees that it escapes at their first execution: the
// trees are rewritten before that, and the escaper then works on the
// rewritten pipelines as on any. Its functions are bound once, at the
// first call (html/template refuses new ones after it has escaped).
func TemplatedHTML(t *htmltemplate.Template, methods TemplateMethods) *htmltemplate.Template {
	if t == nil {
		return t
	}
	fresh := false
	for _, tt := range t.Templates() {
		if tt.Tree != nil && tt.Tree.Root != nil {
			if _, done := rewritten.Load(tt.Tree); !done {
				fresh = true
			}
		}
	}
	if !fresh {
		return t
	}
	r := resolver{methods: methods}
	t.Funcs(htmltemplate.FuncMap{"spargo_get": r.get, "spargo_show": r.show, "spargo_call": r.call})
	for _, tt := range t.Templates() {
		rewriteTree(tt.Tree)
	}
	return t
}
