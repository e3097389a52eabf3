#!/usr/bin/env node
console.log('triage');
