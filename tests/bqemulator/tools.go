//go:build bigquery_emulator

// Package bqemulator pins the in-process BigQuery emulator that the %sql
// BigQuery tests run against. It is a module of its own so that the
// emulator (a large, slow build) stays out of spargo's binary and go.mod:
//
//	go build -tags bigquery_emulator -o bigquery-emulator github.com/goccy/bigquery-emulator/cmd/bigquery-emulator
package bqemulator

import _ "github.com/goccy/bigquery-emulator/cmd/bigquery-emulator"
