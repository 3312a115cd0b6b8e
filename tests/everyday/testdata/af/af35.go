package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Value is one RESP value: string, int64, RespError, nil, or []Value.
type Value any

type RespError string

var ErrProtocol = errors.New("protocol error")

func readLine(r *bufio.Reader) (string, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return "", err
	}
	if !strings.HasSuffix(line, "\r\n") {
		return "", fmt.Errorf("%w: line not terminated by CRLF: %q", ErrProtocol, line)
	}
	return line[:len(line)-2], nil
}

func Read(r *bufio.Reader) (Value, error) {
	line, err := readLine(r)
	if err != nil {
		return nil, err
	}
	if line == "" {
		return nil, fmt.Errorf("%w: empty line", ErrProtocol)
	}
	body := line[1:]
	switch line[0] {
	case '+':
		return body, nil
	case '-':
		return RespError(body), nil
	case ':':
		n, err := strconv.ParseInt(body, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: bad integer %q", ErrProtocol, body)
		}
		return n, nil
	case '$', '*':
		n, err := strconv.Atoi(body)
		if err != nil || n < -1 {
			return nil, fmt.Errorf("%w: bad length %q", ErrProtocol, body)
		}
		if n == -1 {
			return nil, nil
		}
		if line[0] == '$' {
			buf := make([]byte, n+2)
			if _, err := io.ReadFull(r, buf); err != nil {
				return nil, fmt.Errorf("%w: bulk string: %v", ErrProtocol, err)
			}
			return string(buf[:n]), nil
		}
		arr := make([]Value, n)
		for i := range arr {
			if arr[i], err = Read(r); err != nil {
				return nil, err
			}
		}
		return arr, nil
	}
	return nil, fmt.Errorf("%w: unknown type byte %q", ErrProtocol, line[0])
}

func Write(v Value) string {
	switch v := v.(type) {
	case nil:
		return "$-1\r\n"
	case int64:
		return ":" + strconv.FormatInt(v, 10) + "\r\n"
	case RespError:
		return "-" + string(v) + "\r\n"
	case string:
		return "$" + strconv.Itoa(len(v)) + "\r\n" + v + "\r\n"
	case []Value:
		s := "*" + strconv.Itoa(len(v)) + "\r\n"
		for _, x := range v {
			s += Write(x)
		}
		return s
	}
	panic(fmt.Sprintf("cannot encode %T", v))
}

func show(v Value) string {
	switch v := v.(type) {
	case nil:
		return "(nil)"
	case RespError:
		return "(error) " + string(v)
	case []Value:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = show(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return strconv.Quote(v)
	}
	return fmt.Sprint(v)
}

type Store struct {
	strs  map[string]string
	lists map[string][]string
}

func (s *Store) handlers() map[string]func(args []string) Value {
	return map[string]func([]string) Value{
		"PING": func(a []string) Value { return "PONG" },
		"SET":  func(a []string) Value { s.strs[a[0]] = a[1]; return "OK" },
		"GET": func(a []string) Value {
			if v, ok := s.strs[a[0]]; ok {
				return v
			}
			return nil
		},
		"INCR": func(a []string) Value {
			cur, ok := s.strs[a[0]]
			if !ok {
				cur = "0"
			}
			n, err := strconv.ParseInt(cur, 10, 64)
			if err != nil {
				return RespError("ERR value is not an integer")
			}
			s.strs[a[0]] = strconv.FormatInt(n+1, 10)
			return n + 1
		},
		"RPUSH": func(a []string) Value {
			s.lists[a[0]] = append(s.lists[a[0]], a[1:]...)
			return int64(len(s.lists[a[0]]))
		},
		"LRANGE": func(a []string) Value {
			var out []Value
			for _, x := range s.lists[a[0]] {
				out = append(out, x)
			}
			return out
		},
	}
}

func main() {
	store := &Store{strs: map[string]string{}, lists: map[string][]string{}}
	h := store.handlers()
	var wire strings.Builder
	for _, cmd := range []string{"PING", "SET greeting hello", "GET greeting", "GET nope", "INCR hits", "INCR hits", "INCR greeting", "RPUSH q a b c", "LRANGE q", "FLY away"} {
		parts := strings.Fields(cmd)
		req := make([]Value, len(parts))
		for i, p := range parts {
			req[i] = p
		}
		wire.WriteString(Write(req))
		var resp Value = RespError("ERR unknown command '" + parts[0] + "'")
		if f, ok := h[parts[0]]; ok {
			resp = f(parts[1:])
		}
		encoded := Write(resp)
		back, err := Read(bufio.NewReader(strings.NewReader(encoded)))
		fmt.Printf("> %-20s %-28q => %s %v\n", cmd, encoded, show(back), err)
	}
	r := bufio.NewReader(strings.NewReader(wire.String()))
	n := 0
	for {
		if _, err := Read(r); err != nil {
			fmt.Printf("re-read %d requests from %d wire bytes, stopped with %v\n", n, wire.Len(), err)
			break
		}
		n++
	}
	for _, bad := range []string{"?what\r\n", ":12x\r\n", "$5\r\nab\r\n", "*2\r\n:1\r\n", "+no-crlf\n", "$-2\r\n"} {
		_, err := Read(bufio.NewReader(strings.NewReader(bad)))
		fmt.Printf("bad %-16q -> %v (protocol=%v eof=%v)\n", bad, err, errors.Is(err, ErrProtocol), errors.Is(err, io.EOF))
	}
}
