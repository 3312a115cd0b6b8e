package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

const nginxTmpl = `server {
    listen {{.port}};
    server_name {{.host}};
{{- range .locations}}
    location {{.path}} {
        proxy_pass http://{{.upstream}};
    }
{{- end}}
    # tls: {{.tls}}
}
`

type Validator func(map[string]any) error

func requireKeys(keys ...string) Validator {
	return func(m map[string]any) error {
		var missing []string
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				missing = append(missing, k)
			}
		}
		if len(missing) > 0 {
			return fmt.Errorf("missing keys: %s", strings.Join(missing, ", "))
		}
		return nil
	}
}

func portRange(m map[string]any) error {
	p, ok := m["port"].(int)
	if !ok {
		return errors.New("port must be an int")
	}
	if p < 1 || p > 65535 {
		return fmt.Errorf("port %d out of range", p)
	}
	return nil
}

func generate(name, option string, data map[string]any, checks ...Validator) {
	fmt.Printf("=== %s (missingkey=%s) ===\n", name, option)
	for _, c := range checks {
		if err := c(data); err != nil {
			fmt.Println("validation failed:", err)
			return
		}
	}
	t := template.Must(template.New(name).Option("missingkey=" + option).Parse(nginxTmpl))
	var sb strings.Builder
	if err := t.Execute(&sb, data); err != nil {
		fmt.Println("render failed:", err)
		fmt.Printf("partial output was %d bytes\n", sb.Len())
		return
	}
	fmt.Print(sb.String())
}

func main() {
	loc := func(path, up string) map[string]any { return map[string]any{"path": path, "upstream": up} }
	good := map[string]any{
		"port": 443, "host": "shop.example.com", "tls": "on",
		"locations": []map[string]any{loc("/", "web:3000"), loc("/api", "api:8080")},
	}
	noTLS := map[string]any{
		"port": 80, "host": "intranet.local",
		"locations": []map[string]any{loc("/", "wiki:8000")},
	}
	badPort := map[string]any{"port": 70000, "host": "x", "tls": "off", "locations": nil}

	generate("shop", "error", good, requireKeys("port", "host"), portRange)
	generate("intranet", "default", noTLS, portRange)
	generate("intranet", "zero", noTLS)
	generate("intranet", "error", noTLS)
	generate("broken", "error", badPort, requireKeys("port", "host", "tls"), portRange)
	generate("anon", "error", map[string]any{}, requireKeys("port", "host", "tls"))

	_, err := template.New("syntax").Parse("listen {{.port}\n")
	fmt.Println("parse error:", err)
	_, err = template.New("fn").Parse("{{.x | nosuchfunc}}")
	fmt.Println("parse error:", err)
}
