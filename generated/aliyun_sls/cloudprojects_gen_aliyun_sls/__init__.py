"""Generated clients for the Alibaba Cloud Simple Log Service project API: `account` (aliyun_sls.yaml), `project` (aliyun_sls_project.yaml)."""
